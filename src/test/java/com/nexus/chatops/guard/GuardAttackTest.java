package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.Harness.GENERAL;
import static com.nexus.chatops.guard.Harness.INCIDENT_CHANNEL;
import static com.nexus.chatops.guard.Harness.LEAD;
import static com.nexus.chatops.guard.Harness.OTHER_RESPONDER;
import static com.nexus.chatops.guard.Harness.RESPONDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditVerifier;
import com.nexus.chatops.audit.ChainedRecord;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each attack fails closed (nothing reaches the cluster) and leaves a deny record in the audit log. */
class GuardAttackTest {
    @TempDir
    Path dir;

    private static void assertDeniedAndAudited(Harness h, String reasonPart) {
        ChainedRecord last = h.lastAudit();
        assertThat(last.record().verdict()).isEqualTo("deny");
        assertThat(last.record().reason()).contains(reasonPart);
        assertThat(new AuditVerifier(new AuditLog(h.store.database().jdbc())).verify().intact()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldDenyAndSayWhichRuleToChangeWhenTheUserHoldsNoAllowedRole(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");

            String reply = h.rollback("U0STRANGER", INCIDENT_CHANNEL).text();

            assertThat(reply).contains("no policy rule allows k8s.rollback for you (U0STRANGER)")
                    .contains("add your user or a group you are in to a role").contains("responders, leads");
            assertThat(h.infra.executed).isEmpty();
            assertThat(h.slack.of("post")).isEmpty();
            assertDeniedAndAudited(h, "who: no policy rule allows k8s.rollback for you (U0STRANGER)");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldDenyWhenTheRightUserAsksOutsideAnIncidentChannel(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            String reply = h.rollback(RESPONDER, GENERAL).text();

            assertThat(reply).contains("only in incident channels").contains("#general is not one")
                    .contains("policy rule 2");
            assertThat(h.infra.executed).isEmpty();
            assertDeniedAndAudited(h, "where:");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRefuseWhenAnotherUserClicksTheRequestersConfirm(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");
            h.rollback(RESPONDER, INCIDENT_CHANNEL);
            PendingAction p = h.onlyPending();

            String reply = h.actions.confirm(h.click(OTHER_RESPONDER, p.id())).text();

            assertThat(reply).contains("only <@" + RESPONDER + ">, who asked for it, can confirm");
            assertThat(h.infra.executed).isEmpty();
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.PENDING);
            assertDeniedAndAudited(h, "confirm refused");
            assertThat(h.lastAudit().record().actor()).isEqualTo(OTHER_RESPONDER);
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRunOnceWhenTheConfirmIsReplayedAfterSuccess(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");
            h.rollback(RESPONDER, INCIDENT_CHANNEL);
            PendingAction p = h.onlyPending();

            h.actions.confirm(h.click(RESPONDER, p.id()));
            String replay = h.actions.confirm(h.click(RESPONDER, p.id())).text();

            assertThat(h.infra.executed).hasSize(1);
            assertThat(replay).contains("already confirmed and has run (done)");
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.DONE);
            assertDeniedAndAudited(h, "never runs twice");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRefuseAConfirmAfterTheConfirmationExpired(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");
            h.rollback(RESPONDER, INCIDENT_CHANNEL);
            PendingAction p = h.onlyPending();
            h.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

            String reply = h.actions.confirm(h.click(RESPONDER, p.id())).text();

            assertThat(reply).contains("expired");
            assertThat(h.infra.executed).isEmpty();
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.EXPIRED);
            assertThat(h.slack.of("update")).anySatisfy(u -> assertThat(u.text()).contains("Expired unconfirmed"));
            assertDeniedAndAudited(h, "expired");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRefuseAForgedPendingId(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");
            h.rollback(RESPONDER, INCIDENT_CHANNEL);

            String reply = h.actions.confirm(h.click(RESPONDER, "pa_AAAAAAAAAAAAAAAAAAAAAA")).text();

            assertThat(reply).contains("does not belong to any pending nexus action");
            assertThat(h.infra.executed).isEmpty();
            assertDeniedAndAudited(h, "no pending action has this id");
            assertThat(h.lastAudit().record().action()).isEqualTo("pending.confirm");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRefuseTheRequesterApprovingTheirOwnTwoPersonAction(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev1");
            h.rollback(LEAD, INCIDENT_CHANNEL);
            PendingAction p = h.onlyPending();

            String own = h.actions.approve(h.click(LEAD, p.id())).text();
            String early = h.actions.confirm(h.click(LEAD, p.id())).text();

            assertThat(p.approvalsNeeded()).isEqualTo(1);
            assertThat(own).contains("nobody can approve their own action");
            assertThat(early).contains("still needs 1 approval(s) from leads");
            assertThat(h.infra.executed).isEmpty();
            assertThat(h.actions.pending().approvals(p.id())).isEmpty();
            assertDeniedAndAudited(h, "confirm refused");
            assertThat(h.audit()).anySatisfy(r -> assertThat(r.record().reason())
                    .contains("approve refused: you asked for it"));
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldDenyAScaleBeyondTheServiceBounds(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");

            String reply = h.ask(RESPONDER, INCIDENT_CHANNEL,
                    Harness.scale(9), false).text();

            assertThat(reply).contains("core-api may be scaled to 3–5 replicas").contains("9 is outside");
            assertThat(h.infra.executed).isEmpty();
            assertThat(h.slack.of("post")).isEmpty();
            assertDeniedAndAudited(h, "bounds:");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldDenyARollbackInsideTheCooldown(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");
            h.rollback(RESPONDER, INCIDENT_CHANNEL);
            h.actions.confirm(h.click(RESPONDER, h.onlyPending().id()));
            h.clock.advance(Duration.ofSeconds(60));

            String reply = h.rollback(OTHER_RESPONDER, INCIDENT_CHANNEL).text();

            assertThat(reply).contains("last ran on core-api 60 s ago").contains("wait 61 s");
            assertThat(h.infra.executed).hasSize(1);
            assertDeniedAndAudited(h, "cooldown:");
        }
    }
}
