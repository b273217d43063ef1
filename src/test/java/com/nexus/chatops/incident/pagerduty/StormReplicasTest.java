package com.nexus.chatops.incident.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.Nexus;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.pagerduty.WebhookEvent;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two replicas sharing one store both receive the same alert storm (PagerDuty retries to whichever answers, the
 * inbox of each sees them first) and race through it in different orders: one Slack incident counts every alert.
 */
class StormReplicasTest {
    static final int ALERTS = 12;

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldOpenOneSlackIncidentCountingEveryAlertWhenTwoReplicasProcessTheSameStorm(String backend)
            throws Exception {
        List<WebhookEvent> storm = new ArrayList<>();
        for (int i = 1; i <= ALERTS; i++) {
            storm.add(WebhookEvent.parse(PdStage.event("ev-rep-" + i, "incident.triggered", "PREP" + i)));
        }
        List<WebhookEvent> reversed = new ArrayList<>(storm);
        Collections.reverse(reversed);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (FakeSlack slack = FakeSlack.start().rateLimits(false).addChannel("C0STATUS", "nexus-status");
             var store = TestStores.open(backend, dir);
             Nexus first = SyncStack.open(store.url(), slack, PagerDutyAccess.none(), Clock.systemUTC());
             Nexus second = SyncStack.open(store.url(), slack, PagerDutyAccess.none(), Clock.systemUTC())) {
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> run(go, first, storm), threads);
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> run(go, second, reversed), threads);
            go.countDown();
            CompletableFuture.allOf(a, b).join();

            List<Incident> open = first.incidents().open();
            assertThat(open).singleElement().satisfies(i -> {
                assertThat(i.alertCount()).isEqualTo(ALERTS);
                assertThat(i.channelId()).isNotNull();
            });
            assertThat(slack.channels()).filteredOn(c -> c.name().startsWith("incident-")).hasSize(1);
            assertThat(first.database().jdbc().queryFirst("SELECT COUNT(DISTINCT incident_id) AS n, COUNT(*) AS links"
                    + " FROM pagerduty_links", r -> r.getInt("n") + "/" + r.getInt("links"))).contains("1/" + ALERTS);
            assertThat(first.database().jdbc().queryFirst("SELECT COUNT(*) AS n FROM timeline_events WHERE kind = ?",
                    r -> r.getInt("n"), "alert")).contains(ALERTS - 1);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void run(CountDownLatch go, Nexus replica, List<WebhookEvent> events) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        events.forEach(replica.pagerDutyEvents()::handle);
    }
}
