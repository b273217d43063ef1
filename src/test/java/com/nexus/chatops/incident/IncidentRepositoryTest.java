package com.nexus.chatops.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Incidents in the store, on SQLite and on the real PostgreSQL. */
class IncidentRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    @TempDir
    Path dir;

    private static NewIncident declaration(String key, int seq) {
        return new NewIncident(key, LocalDate.of(2026, 11, 24), seq, "incident-20261124-%03d".formatted(seq),
                "Elevated 5xx on core-api", "sev2", "core-api", "U0ALICE", T0, "U0ALICE", null);
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldReturnTheFirstIncidentWhenTheSameDeclarationArrivesAgain(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            var incidents = new IncidentRepository(store.database().jdbc(), Clock.systemUTC());

            Incident first = incidents.insertOrGet(declaration("slack:T1", 1));
            Incident again = incidents.insertOrGet(declaration("slack:T1", 2));

            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.channelName()).isEqualTo("incident-20261124-001");
            assertThat(incidents.open()).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRefuseAChannelNameAnotherIncidentHoldsWhenDeclarationsDiffer(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            var incidents = new IncidentRepository(store.database().jdbc(), Clock.systemUTC());
            incidents.insertOrGet(declaration("slack:T1", 1));

            assertThatThrownBy(() -> incidents.insertOrGet(declaration("slack:T2", 1)))
                    .isInstanceOf(IncidentRepository.ChannelNameTaken.class);
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldKeepEveryConcurrentChangeWhenTwoWritersModifyTheSameIncident(String backend) throws Exception {
        try (var store = TestStores.open(backend, dir)) {
            var incidents = new IncidentRepository(store.database().jdbc(), Clock.systemUTC());
            long id = incidents.insertOrGet(declaration("slack:T1", 1)).id();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                writes.add(pool.submit(() -> incidents.modify(id, inc -> inc.withAlertCount(inc.alertCount() + 1))));
            }
            for (Future<?> w : writes) {
                w.get();
            }
            pool.shutdown();

            assertThat(incidents.findById(id).orElseThrow().alertCount()).isEqualTo(20);
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRecordResolutionTimesAndDropTheIncidentFromTheOpenListWhenResolved(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            var incidents = new IncidentRepository(store.database().jdbc(), Clock.systemUTC());
            long id = incidents.insertOrGet(declaration("slack:T1", 1)).id();

            Incident resolved = incidents.modify(id, i -> i.withAcknowledged(T0.plusSeconds(240))
                    .withStatus(Phase.RESOLVED, T0.plusSeconds(3600)));

            assertThat(resolved.timeToAcknowledge()).hasValueSatisfying(d -> assertThat(d.toMinutes()).isEqualTo(4));
            assertThat(resolved.timeToResolve()).hasValueSatisfying(d -> assertThat(d.toMinutes()).isEqualTo(60));
            assertThat(incidents.open()).isEmpty();
        }
    }
}
