package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.Harness.GENERAL;
import static com.nexus.chatops.guard.Harness.INCIDENT_CHANNEL;
import static com.nexus.chatops.guard.Harness.LEAD;
import static com.nexus.chatops.guard.Harness.OTHER_RESPONDER;
import static com.nexus.chatops.guard.Harness.RESPONDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.aws.FakeAws;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditVerifier;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.testing.RunningNexus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each attack fails closed (nothing reaches the cluster or AWS) and leaves a deny record in the audit log, whose
 * chain still verifies. Run against the Kubernetes rollback and the AWS writes (ecs redeploy, ecs scale, rds
 * snapshot) through the AWS catalog over WireMock, under nexus.example.yml's policy with its sev1 approval rule
 * extended to the AWS writes.
 */
class GuardAttackTest {
    private static final NexusConfig CONFIG = withAwsApprovals();

    @RegisterExtension
    static WireMockExtension server = FakeAws.server();

    @TempDir
    Path dir;

    private final AwsStage stage = new AwsStage(server);

    @AfterEach
    void close() {
        stage.close();
    }

    static Stream<Arguments> writes() {
        return Stream.of("sqlite", "postgresql").flatMap(backend -> Stream.of(GuardedWrite.values())
                .map(write -> Arguments.of(backend, write)));
    }

    static Stream<Arguments> scales() {
        return Stream.of("sqlite", "postgresql").flatMap(backend -> Stream.of(
                Arguments.of(backend, new ActionRequest.Scale("core-api", 9), "core-api may be scaled to 3–5 replicas"),
                Arguments.of(backend, new ActionRequest.EcsScale("platform", 9), "platform may be scaled to 2–5 tasks"
                        + " (services.platform.aws.ecs.count in nexus.yml)")));
    }

    private Harness harness(String backend) {
        Harness h = new Harness(backend, dir, CONFIG, stage.catalog(CONFIG));
        stage.healthy(h.clock.instant());
        return h;
    }

    private static Reply ask(Harness h, String user, String channel, GuardedWrite write) {
        return h.ask(user, channel, write.request, false);
    }

    private void assertNothingReached(Harness h, GuardedWrite write) {
        assertThat(write.reached(h, stage.aws)).as("writes that reached " + write).isZero();
    }

    private static void assertDeniedAndAudited(Harness h, String reasonPart) {
        ChainedRecord last = h.lastAudit();
        assertThat(last.record().verdict()).isEqualTo("deny");
        assertThat(last.record().reason()).contains(reasonPart);
        assertThat(new AuditVerifier(new AuditLog(h.store.database().jdbc())).verify().intact()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("writes")
    void shouldDenyAndSayWhichRuleToChangeWhenTheUserHoldsNoAllowedRole(String backend, GuardedWrite write) {
        try (Harness h = harness(backend)) {
            h.incident("sev2");

            String reply = ask(h, "U0STRANGER", INCIDENT_CHANNEL, write).text();

            String denial = "no policy rule allows " + write.request.action() + " for you (U0STRANGER)";
            assertThat(reply).contains(denial).contains("add your user or a group you are in to a role")
                    .contains("responders, leads");
            assertNothingReached(h, write);
            assertThat(h.slack.of("post")).isEmpty();
            assertDeniedAndAudited(h, "who: " + denial);
        }
    }

    @ParameterizedTest
    @MethodSource("writes")
    void shouldDenyWhenTheRightUserAsksOutsideAnIncidentChannel(String backend, GuardedWrite write) {
        try (Harness h = harness(backend)) {
            String reply = ask(h, RESPONDER, GENERAL, write).text();

            assertThat(reply).contains("only in incident channels").contains("#general is not one")
                    .contains("policy rule 2");
            assertNothingReached(h, write);
            assertDeniedAndAudited(h, "where:");
        }
    }

    @ParameterizedTest
    @MethodSource("writes")
    void shouldRefuseWhenAnotherUserClicksTheRequestersConfirm(String backend, GuardedWrite write) {
        try (Harness h = harness(backend)) {
            h.incident("sev2");
            ask(h, RESPONDER, INCIDENT_CHANNEL, write);
            PendingAction p = h.onlyPending();

            String reply = h.actions.confirm(h.click(OTHER_RESPONDER, p.id())).text();

            assertThat(reply).contains("only <@" + RESPONDER + ">, who asked for it, can confirm");
            assertNothingReached(h, write);
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.PENDING);
            assertDeniedAndAudited(h, "confirm refused");
            assertThat(h.lastAudit().record().actor()).isEqualTo(OTHER_RESPONDER);
        }
    }

    @ParameterizedTest
    @MethodSource("writes")
    void shouldRunOnceWhenTheConfirmIsReplayedAfterSuccess(String backend, GuardedWrite write) {
        try (Harness h = harness(backend)) {
            h.incident("sev2");
            ask(h, RESPONDER, INCIDENT_CHANNEL, write);
            PendingAction p = h.onlyPending();

            h.actions.confirm(h.click(RESPONDER, p.id()));
            String replay = h.actions.confirm(h.click(RESPONDER, p.id())).text();

            assertThat(write.reached(h, stage.aws)).isEqualTo(1);
            assertThat(replay).contains("already confirmed and has run (done)");
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.DONE);
            assertDeniedAndAudited(h, "never runs twice");
        }
    }

    @ParameterizedTest
    @MethodSource("writes")
    void shouldRefuseAConfirmAfterTheConfirmationExpired(String backend, GuardedWrite write) {
        try (Harness h = harness(backend)) {
            h.incident("sev2");
            ask(h, RESPONDER, INCIDENT_CHANNEL, write);
            PendingAction p = h.onlyPending();
            h.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

            String reply = h.actions.confirm(h.click(RESPONDER, p.id())).text();

            assertThat(reply).contains("expired");
            assertNothingReached(h, write);
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.EXPIRED);
            assertThat(h.slack.of("update")).anySatisfy(u -> assertThat(u.text()).contains("Expired unconfirmed"));
            assertDeniedAndAudited(h, "expired");
        }
    }

    @ParameterizedTest
    @MethodSource("writes")
    void shouldRefuseAForgedPendingId(String backend, GuardedWrite write) {
        try (Harness h = harness(backend)) {
            h.incident("sev2");
            ask(h, RESPONDER, INCIDENT_CHANNEL, write);

            String reply = h.actions.confirm(h.click(RESPONDER, "pa_AAAAAAAAAAAAAAAAAAAAAA")).text();

            assertThat(reply).contains("does not belong to any pending nexus action");
            assertNothingReached(h, write);
            assertDeniedAndAudited(h, "no pending action has this id");
            assertThat(h.lastAudit().record().action()).isEqualTo("pending.confirm");
        }
    }

    @ParameterizedTest
    @MethodSource("writes")
    void shouldRefuseTheRequesterApprovingTheirOwnTwoPersonAction(String backend, GuardedWrite write) {
        try (Harness h = harness(backend)) {
            h.incident("sev1");
            ask(h, LEAD, INCIDENT_CHANNEL, write);
            PendingAction p = h.onlyPending();

            String own = h.actions.approve(h.click(LEAD, p.id())).text();
            String early = h.actions.confirm(h.click(LEAD, p.id())).text();

            assertThat(p.approvalsNeeded()).isEqualTo(1);
            assertThat(own).contains("nobody can approve their own action");
            assertThat(early).contains("still needs 1 approval(s) from leads");
            assertNothingReached(h, write);
            assertThat(h.actions.pending().approvals(p.id())).isEmpty();
            assertDeniedAndAudited(h, "confirm refused");
            assertThat(h.audit()).anySatisfy(r -> assertThat(r.record().reason())
                    .contains("approve refused: you asked for it"));
        }
    }

    @ParameterizedTest
    @MethodSource("scales")
    void shouldDenyAScaleBeyondTheServiceBounds(String backend, ActionRequest scale, String bounds) {
        try (Harness h = harness(backend)) {
            h.incident("sev2");

            String reply = h.ask(RESPONDER, INCIDENT_CHANNEL, scale, false).text();

            assertThat(reply).contains(bounds).contains("9 is outside");
            assertThat(h.infra.executed).isEmpty();
            assertThat(stage.aws.ecsRequests("UpdateService")).isEmpty();
            assertThat(h.slack.of("post")).isEmpty();
            assertDeniedAndAudited(h, "bounds: " + bounds);
        }
    }

    @ParameterizedTest
    @MethodSource("writes")
    void shouldDenyTheSameWriteInsideTheCooldown(String backend, GuardedWrite write) {
        try (Harness h = harness(backend)) {
            h.incident("sev2");
            ask(h, RESPONDER, INCIDENT_CHANNEL, write);
            h.actions.confirm(h.click(RESPONDER, h.onlyPending().id()));
            h.clock.advance(Duration.ofSeconds(60));

            String reply = ask(h, OTHER_RESPONDER, INCIDENT_CHANNEL, write).text();

            assertThat(reply).contains("last ran on " + write.service() + " 60 s ago").contains("wait 61 s");
            assertThat(write.reached(h, stage.aws)).isEqualTo(1);
            assertDeniedAndAudited(h, "cooldown:");
        }
    }

    /** nexus.example.yml with its sev1 approval rule covering the AWS writes as well as the rollback. */
    private static NexusConfig withAwsApprovals() {
        try {
            String example = Files.readString(RunningNexus.exampleConfig());
            String rule = "- { actions: [k8s.rollback], severities: [sev1]";
            if (!example.contains(rule)) {
                throw new IllegalStateException("nexus.example.yml no longer has the sev1 approval rule");
            }
            Path file = Files.createTempFile("nexus-aws-approvals", ".yml");
            file.toFile().deleteOnExit();
            Files.writeString(file, example.replace(rule,
                    "- { actions: [k8s.rollback, ecs.redeploy, ecs.scale, rds.snapshot], severities: [sev1]"));
            return ConfigLoader.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
