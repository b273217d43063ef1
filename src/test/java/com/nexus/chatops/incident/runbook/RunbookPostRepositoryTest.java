package com.nexus.chatops.incident.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.runbook.Stage;
import com.nexus.chatops.runbook.StepKey;
import com.nexus.chatops.runbook.StepRef;
import com.nexus.chatops.runbook.StepRun;
import com.nexus.chatops.testing.SettableClock;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runbooks posted per incident and their steps' runs, on SQLite and PostgreSQL. */
class RunbookPostRepositoryTest {
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final StepKey HISTORY = new StepKey(Stage.INVESTIGATE, 2);
    static final StepKey ROLLBACK = new StepKey(Stage.RESOLVE, 1);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldClaimARunbookOncePerIncidentAndRememberWhereItsMessageIs(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            RunbookPostRepository posts = new RunbookPostRepository(store.database().jdbc());
            Incident incident = incident(store.database(), 1);

            Optional<Long> first = posts.claim(incident.id(), "high-error-rate", "C0INC001", "why", "nexus", T0);
            Optional<Long> again = posts.claim(incident.id(), "high-error-rate", "C0INC001", "why", "U0ALICE", T0);
            Optional<Long> other = posts.claim(incident.id(), "pod-crashlooping", "C0INC001", "asked", "U0ALICE", T0);
            posts.placed(first.orElseThrow(), "1700000000.000100");

            assertThat(first).isPresent();
            assertThat(again).isEmpty();
            assertThat(other).isPresent().isNotEqualTo(first);
            assertThat(posts.find(incident.id(), "high-error-rate")).hasValueSatisfying(p -> {
                assertThat(p.id()).isEqualTo(first.get());
                assertThat(p.ts()).contains("1700000000.000100");
                assertThat(p.channelId()).isEqualTo("C0INC001");
            });
            assertThat(posts.find(other.get()).orElseThrow().ts()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldKeepTheLastRunnerAndCountTheRunsOfEachStep(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            RunbookPostRepository posts = new RunbookPostRepository(store.database().jdbc());
            long post = posts.claim(incident(store.database(), 1).id(), "high-error-rate", "C0INC001", "why",
                    "nexus", T0).orElseThrow();

            posts.ran(new StepRef(post, HISTORY), "U0ALICE", T0.plusSeconds(60));
            posts.ran(new StepRef(post, HISTORY), "U0BOB", T0.plusSeconds(120));
            posts.ran(new StepRef(post, ROLLBACK), "U0ALICE", T0.plusSeconds(180));

            assertThat(posts.runs(post)).containsOnly(
                    java.util.Map.entry(HISTORY, new StepRun("U0BOB", T0.plusSeconds(120), 2)),
                    java.util.Map.entry(ROLLBACK, new StepRun("U0ALICE", T0.plusSeconds(180), 1)));
        }
    }

    private static Incident incident(com.nexus.chatops.store.Database db, int seq) {
        IncidentRepository repo = new IncidentRepository(db.jdbc(), new SettableClock(T0));
        String name = "incident-20261124-%03d".formatted(seq);
        return repo.insertOrGet(new NewIncident("test:" + seq, LocalDate.of(2026, 11, 24), seq, name,
                "Nexus API High Error Rate", "sev2", "core-api", "U0ALICE", T0, null, null));
    }
}
