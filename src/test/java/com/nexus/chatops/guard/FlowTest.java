package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.Harness.INCIDENT_CHANNEL;
import static com.nexus.chatops.guard.Harness.LEAD;
import static com.nexus.chatops.guard.Harness.RESPONDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The happy paths and the crash between Confirm and the cluster's answer. */
class FlowTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldReportOnceAndNeverRerunWhenAnActionWasExecutingAtRestart(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");
            h.rollback(RESPONDER, INCIDENT_CHANNEL);
            PendingAction p = h.onlyPending();
            // the process claimed the action and died before the Kubernetes call returned
            assertThat(h.actions.pending().claim(p.id(), PendingState.PENDING, h.clock.instant())).isTrue();
            h.clock.advance(PendingActions.LEASE.plusSeconds(1));

            List<PendingAction> first = h.fresh().recoverInterrupted();
            List<PendingAction> second = h.fresh().recoverInterrupted();
            String confirm = h.fresh().confirm(h.click(RESPONDER, p.id())).text();

            assertThat(first).extracting(PendingAction::id).containsExactly(p.id());
            assertThat(second).isEmpty();
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.UNKNOWN);
            assertThat(h.slack.of("post")).filteredOn(s -> s.text().contains("outcome unknown")).singleElement()
                    .satisfies(s -> {
                        assertThat(s.channel()).isEqualTo(INCIDENT_CHANNEL);
                        assertThat(s.text()).contains("check with `/nexus history core-api`");
                    });
            assertThat(confirm).contains("never runs twice");
            assertThat(h.infra.executed).isEmpty();
            assertThat(h.audit()).anySatisfy(r -> assertThat(r.record().outcome()).isEqualTo("outcome unknown"));
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRunAfterALeadApprovesAndTheRequesterConfirmsAtSev1(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            Incident incident = h.incident("sev1");
            h.rollback(RESPONDER, INCIDENT_CHANNEL);
            PendingAction p = h.onlyPending();

            String approved = h.actions.approve(h.click(LEAD, p.id())).text();
            h.actions.confirm(h.click(RESPONDER, p.id()));

            assertThat(approved).contains("You approved");
            assertThat(h.infra.executed).singleElement().satisfies(r -> assertThat(r.params())
                    .containsEntry("pin.fromRevision", "7").containsEntry("pin.toRevision", "6"));
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.DONE);
            assertThat(h.slack.of("thread")).extracting(RecordingSlack.Said::text)
                    .containsExactly("rollout: 1 of 3 updated", "rollout complete: 3 of 3 available");
            assertThat(new TimelineRepository(h.store.database().jdbc()).list(incident.id()))
                    .extracting(e -> e.text()).anySatisfy(t -> assertThat(t).contains("k8s.rollback core-api")
                            .contains("done"));
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldAllowAGroupMemberAndAskSlackOnceWhileTheCacheHolds(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");
            h.slack.groups.put("S0000000001", List.of("U0GROUPIE"));

            h.ask("U0GROUPIE", INCIDENT_CHANNEL, new ActionRequest.Pods("core-api"), false);
            String second = h.ask("U0GROUPIE", INCIDENT_CHANNEL,
                    new ActionRequest.Pods("core-api"), false).text();

            assertThat(second).contains("rolled back to revision 6");
            assertThat(h.infra.executed).hasSize(2);
            assertThat(h.slack.groupLookups).hasValue(1);
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldChangeNothingAndSkipConfirmationWhenItIsADryRun(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");

            String reply = h.ask(RESPONDER, INCIDENT_CHANNEL,
                    new ActionRequest.Rollback("core-api", Optional.empty(), Optional.empty()), true).text();

            assertThat(reply).contains("Dry run").contains("revision 7 (core-api:1.4.2) → revision 6");
            assertThat(h.infra.dryRuns).hasSize(1);
            assertThat(h.infra.executed).isEmpty();
            assertThat(h.lastAudit().record().outcome()).isEqualTo("dry run, nothing changed");
        }
    }
}
