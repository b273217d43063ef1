package com.nexus.chatops.incident.lifecycle;

import static com.nexus.chatops.incident.TestIncidents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.ReminderClaims;
import com.nexus.chatops.incident.TestIncidents;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.store.Database;
import com.nexus.chatops.testing.FakeMessage;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Update reminders claimed in the store (SQLite and PostgreSQL), posted to the fake Slack over HTTP. */
class ReminderLoopTest {
    private static final String CHANNEL = "C0INC001";
    @TempDir
    Path dir;
    private FakeSlack slack;

    @BeforeEach
    void startSlack() {
        slack = FakeSlack.start().addChannel(CHANNEL, "incident-20261124-001");
    }

    @AfterEach
    void stopSlack() {
        slack.close();
    }

    private ReminderLoop loop(Database db) {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        return new ReminderLoop(NexusConfig.defaults(), new IncidentRepository(db.jdbc(), clock),
                new ReminderClaims(db.jdbc()), new SlackWebGateway(slack.methodsAsync()), clock);
    }

    private List<FakeMessage> reminders() {
        return slack.messages(CHANNEL).stream().filter(m -> m.text().contains("no status update")).toList();
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldFireTheOverdueReminderOnceWhenAFreshProcessStartsOnTheSameStore(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            // Given a sev2 incident (30 min cadence) whose reminder fell due while no nexus was running
            TestIncidents.stored(new IncidentRepository(store.database().jdbc(), Clock.systemUTC()), 1, "sev2", T0, CHANNEL);

            // When a restarted process opens the same store and checks, twice
            try (Database restarted = Database.open(store.url())) {
                ReminderLoop loop = loop(restarted);
                int first = loop.tick(T0.plus(Duration.ofMinutes(31)));
                int second = loop.tick(T0.plus(Duration.ofMinutes(33)));

                // Then the declarer is reminded exactly once
                assertThat(first).isEqualTo(1);
                assertThat(second).isZero();
                assertThat(reminders()).hasSize(1);
                assertThat(reminders().get(0).text()).contains("@U0ALICE").contains("every 30 minutes");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldPostTheReminderWhenTheProcessDiedBetweenClaimingAndPosting(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            var incidents = new IncidentRepository(store.database().jdbc(), Clock.systemUTC());
            Incident incident = TestIncidents.stored(incidents, 1, "sev2", T0, CHANNEL);
            Instant due = T0.plus(Duration.ofMinutes(30));
            Instant claimedAt = due.plusSeconds(5);
            new ReminderClaims(store.database().jdbc()).claim(incident.id(), ReminderLoop.KIND, due, "dead-replica",
                    claimedAt, claimedAt.plus(ReminderLoop.LEASE));

            ReminderLoop loop = loop(store.database());
            int whileLeased = loop.tick(claimedAt.plusSeconds(30));
            int afterLease = loop.tick(claimedAt.plus(ReminderLoop.LEASE).plusSeconds(1));

            assertThat(whileLeased).isZero();
            assertThat(afterLease).isEqualTo(1);
            assertThat(reminders()).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldFireOnceWhenTwoReplicasCheckAtTheSameMoment(String backend) throws Exception {
        try (var store = TestStores.open(backend, dir);
             Database replicaA = Database.open(store.url());
             Database replicaB = Database.open(store.url())) {
            TestIncidents.stored(new IncidentRepository(store.database().jdbc(), Clock.systemUTC()), 1, "sev1", T0, CHANNEL);
            List<ReminderLoop> loops = List.of(loop(replicaA), loop(replicaB), loop(replicaA), loop(replicaB));
            Instant now = T0.plus(Duration.ofMinutes(16));
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(loops.size());
            try {
                List<Future<Integer>> ticks = loops.stream().map(l -> pool.submit(() -> {
                    go.await();
                    return l.tick(now);
                })).toList();
                go.countDown();
                int fired = 0;
                for (Future<Integer> t : ticks) {
                    fired += t.get();
                }

                assertThat(fired).isEqualTo(1);
                assertThat(reminders()).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRemindTheCommanderAgainEachCadenceAndRestartTheCountWhenAnUpdateIsPosted(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            var incidents = new IncidentRepository(store.database().jdbc(), Clock.systemUTC());
            Incident incident = TestIncidents.stored(incidents, 1, "sev1", T0, CHANNEL);
            incidents.modify(incident.id(), i -> i.withCommander("U0CAROL"));
            ReminderLoop loop = loop(store.database());

            int atFifteen = loop.tick(T0.plus(Duration.ofMinutes(15)));
            int atThirty = loop.tick(T0.plus(Duration.ofMinutes(30)));
            incidents.modify(incident.id(), i -> i.withStatus(Phase.IDENTIFIED, T0.plus(Duration.ofMinutes(35))));
            int afterUpdate = loop.tick(T0.plus(Duration.ofMinutes(45)));
            int nextDue = loop.tick(T0.plus(Duration.ofMinutes(50)));

            assertThat(List.of(atFifteen, atThirty, afterUpdate, nextDue)).containsExactly(1, 1, 0, 1);
            assertThat(reminders()).hasSize(3).allSatisfy(m -> assertThat(m.text()).contains("@U0CAROL"));
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldNotRemindWhenTheSeverityHasNoCadenceOrTheIncidentIsResolved(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            var incidents = new IncidentRepository(store.database().jdbc(), Clock.systemUTC());
            TestIncidents.stored(incidents, 1, "sev4", T0, CHANNEL);
            Incident resolved = TestIncidents.stored(incidents, 2, "sev1", T0, "C0INC002");
            incidents.modify(resolved.id(), i -> i.withStatus(Phase.RESOLVED, T0.plusSeconds(60)));

            assertThat(loop(store.database()).tick(T0.plus(Duration.ofDays(2)))).isZero();
            assertThat(slack.calls("chat.postMessage")).isEmpty();
        }
    }
}
