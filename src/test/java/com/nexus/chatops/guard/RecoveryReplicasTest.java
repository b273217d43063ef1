package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.Harness.INCIDENT_CHANNEL;
import static com.nexus.chatops.guard.Harness.RESPONDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several replicas on one store: a replica that starts, or sweeps, while another one is running a confirmed
 * action must not call that action's outcome unknown; only an action whose owner stopped renewing is reported.
 */
class RecoveryReplicasTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldLeaveALiveReplicasActionAloneWhenAnotherReplicaStarts(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            PendingAction p = executingOn(h.actions, h);
            h.clock.advance(Duration.ofSeconds(30));

            List<PendingAction> reported = h.fresh().recoverInterrupted();

            assertThat(reported).isEmpty();
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.EXECUTING);
            assertThat(h.slack.of("post")).noneSatisfy(s -> assertThat(s.text()).contains("outcome unknown"));
            assertThat(h.actions.pending().find(p.id())).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldKeepTheLeaseWhenTheOwnerRenewsItDuringALongRun(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            executingOn(h.actions, h);
            Process other = h.fresh();

            for (int sweep = 0; sweep < 8; sweep++) {
                h.clock.advance(Recovery.EVERY);
                h.actions.recoverInterrupted();
                assertThat(other.recoverInterrupted()).isEmpty();
            }

            assertThat(h.onlyPending().state()).isEqualTo(PendingState.EXECUTING);
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldReportOnceAndRunNothingWhenTheOwnersLeaseLapses(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            PendingAction p = executingOn(h.actions, h);
            h.clock.advance(PendingActions.LEASE.plusSeconds(1));

            List<PendingAction> first = h.fresh().recoverInterrupted();
            List<PendingAction> second = h.fresh().recoverInterrupted();

            assertThat(first).extracting(PendingAction::id).containsExactly(p.id());
            assertThat(second).isEmpty();
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.UNKNOWN);
            assertThat(h.slack.of("post")).filteredOn(s -> s.text().contains("outcome unknown")).hasSize(1);
            assertThat(h.audit()).filteredOn(r -> r.record().outcome().equals("outcome unknown")).hasSize(1);
            assertThat(h.infra.executed).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldCountFromTheStartWhenARowPredatesLeases(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            executingOn(h.actions, h);
            h.store.database().jdbc().update("UPDATE pending_actions SET owner = NULL, lease_until = NULL");
            h.clock.advance(Duration.ofSeconds(30));
            assertThat(h.fresh().recoverInterrupted()).isEmpty();

            h.clock.advance(PendingActions.LEASE);

            assertThat(h.fresh().recoverInterrupted()).hasSize(1);
        }
    }

    /** A confirmed rollback that {@code owner} has claimed and is running (its Kubernetes call not back yet). */
    private static PendingAction executingOn(Process owner, Harness h) {
        h.incident("sev2");
        h.rollback(RESPONDER, INCIDENT_CHANNEL);
        PendingAction p = h.onlyPending();
        assertThat(owner.pending().claim(p.id(), PendingState.PENDING, h.clock.instant())).isTrue();
        return p;
    }
}
