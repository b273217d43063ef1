package com.nexus.chatops.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two nexus processes (two complete incident stacks with their own connection pools) on one store, racing the
 * same declaration against the fake Slack: one incident and one channel, whoever wins.
 */
class DeclareRaceTest {
    private static final int ROUNDS = 6;

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldCreateOneChannelWhenTwoProcessesRaceTheSameDeclaration(String backend) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (FakeSlack slack = IncidentFixture.slack(); var store = TestStores.open(backend, dir);
             var first = new IncidentFixture(store.url(), slack); var second = new IncidentFixture(store.url(), slack)) {
            for (int round = 1; round <= ROUNDS; round++) {
                String key = "slack:RACE-" + round;
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<Incident> a = CompletableFuture.supplyAsync(() -> race(go, first, key), threads);
                CompletableFuture<Incident> b = CompletableFuture.supplyAsync(() -> race(go, second, key), threads);
                go.countDown();

                Incident fromA = a.join();
                Incident fromB = b.join();

                assertThat(fromB.id()).isEqualTo(fromA.id());
                assertThat(fromB.channelId()).isNotNull().isEqualTo(fromA.channelId());
                assertThat(first.kinds(fromA)).containsOnlyOnce("declared");
            }
            List<String> incidentChannels = slack.channels().stream().map(c -> c.name())
                    .filter(n -> n.startsWith("incident-")).toList();
            assertThat(incidentChannels).hasSize(ROUNDS).doesNotHaveDuplicates();
            assertThat(slack.calls("conversations.create")).hasSize(ROUNDS);
            assertThat(slack.messages("C0STATUS")).hasSize(ROUNDS);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Incident race(CountDownLatch go, IncidentFixture nexus, String key) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return nexus.declare(key, "sev3", "Raced declaration");
    }
}
