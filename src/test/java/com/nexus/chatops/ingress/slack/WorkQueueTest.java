package com.nexus.chatops.ingress.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.ingress.WorkKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Lanes keep one kind of work from starving another; a full lane refuses, and the refusal is counted. */
class WorkQueueTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final WorkQueue work = new WorkQueue(meters);

    @Test
    void shouldStillRunRepliesWhenEveryIncidentCreationThreadIsWaitingAndItsQueueIsFull() throws Exception {
        CountDownLatch slack = new CountDownLatch(1);
        int accepted = 0;
        while (work.offer(WorkKind.INCIDENT_CREATION, () -> await(slack))) {
            accepted++;
        }
        CountDownLatch replied = new CountDownLatch(1);

        assertThat(work.offer(WorkKind.REPLIES, replied::countDown)).isTrue();
        assertThat(replied.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(accepted).isEqualTo(work.backlog(WorkKind.INCIDENT_CREATION));
        assertThat(meters.counter("nexus.work.refused", "lane", "incident_creation").count()).isEqualTo(1);
        slack.countDown();
    }

    @Test
    void shouldRunImmediateWorkOnTheCallersThread() {
        Thread[] ranOn = new Thread[1];

        assertThat(work.offer(WorkKind.IMMEDIATE, () -> ranOn[0] = Thread.currentThread())).isTrue();

        assertThat(ranOn[0]).isSameAs(Thread.currentThread());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
