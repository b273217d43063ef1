package com.nexus.chatops.guard;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.nexus.chatops.guard.Harness.INCIDENT_CHANNEL;
import static com.nexus.chatops.guard.Harness.RESPONDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.aws.FakeAws;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.audit.AuditVerifier;
import com.nexus.chatops.config.NexusConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AWS commands end to end through the guard, the real AWS catalog and WireMock speaking each service's wire
 * format: reads answer at once, writes preview, pin, confirm, run, follow in the thread and audit.
 */
class AwsGuardedActionsTest {
    private static final NexusConfig CONFIG = Harness.example();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECS_TARGET = FakeAws.ECS_TARGET;

    @RegisterExtension
    static WireMockExtension server = FakeAws.server();

    @TempDir
    Path dir;

    private final AwsStage stage = new AwsStage(server);
    private final FakeAws aws = stage.aws;

    @AfterEach
    void close() {
        stage.close();
    }

    private Harness harness() {
        Harness h = new Harness("sqlite", dir, CONFIG, stage.catalog(CONFIG));
        stage.healthy(h.clock.instant());
        h.incident("sev2");
        return h;
    }

    private static String ask(Harness h, ActionRequest request) {
        return h.ask(RESPONDER, INCIDENT_CHANNEL, request, false).text();
    }

    private static String confirm(Harness h) {
        return h.actions.confirm(h.click(RESPONDER, h.onlyPending().id())).text();
    }

    private static AuditRecord lastAudit(Harness h) {
        assertThat(new AuditVerifier(new AuditLog(h.store.database().jdbc())).verify().intact()).isTrue();
        return h.lastAudit().record();
    }

    @Test
    void shouldAnswerEcsStatusAtOnceAfterTheGuardAndAuditIt() {
        try (Harness h = harness()) {
            String reply = ask(h, new ActionRequest.EcsStatus("platform"));

            assertThat(reply).contains("nexus-platform-production-service").contains("3 running, 3 desired")
                    .contains("nexus-platform:42").contains("has reached a steady state");
            assertThat(aws.ecsRequests("DescribeServices")).singleElement().satisfies(r -> assertThat(
                    JSON.readTree(r.getBodyAsString())).isEqualTo(JSON.readTree("{\"cluster\":"
                    + "\"nexus-platform-production-cluster\",\"services\":[\"nexus-platform-production-service\"]}")));
            assertThat(lastAudit(h)).satisfies(a -> {
                assertThat(a.action()).isEqualTo("ecs.status");
                assertThat(a.outcome()).isEqualTo("done");
            });
            assertThat(h.slack.of("post")).isEmpty();
        }
    }

    @Test
    void shouldAnswerRdsStatusAtOnceWithTheInstanceAndItsLatestManualSnapshot() {
        try (Harness h = harness()) {
            String reply = ask(h, new ActionRequest.RdsStatus("platform"));

            assertThat(reply).contains("nexus-platform-production-db").contains("available")
                    .contains(AwsStage.EARLIER_MANUAL);
            assertThat(FakeAws.form(aws.queryRequests("DescribeDBInstances").get(0)))
                    .containsEntry("DBInstanceIdentifier", "nexus-platform-production-db");
            assertThat(lastAudit(h).outcome()).isEqualTo("done");
        }
    }

    @Test
    void shouldListAServicesAlarmsByItsAlarmPrefixAndEveryAlarmWithoutAService() {
        try (Harness h = harness()) {
            aws.query("DescribeAlarms", FakeAws.fixture("cloudwatch-describe-alarms-page2.xml"));

            String one = ask(h, new ActionRequest.Alarms(Optional.of("platform")));
            String all = ask(h, new ActionRequest.Alarms(Optional.empty()));

            assertThat(one).contains("in ALARM").contains("nexus-platform-production-high-error-rate");
            assertThat(all).contains("in ALARM");
            assertThat(aws.queryRequests("DescribeAlarms")).extracting(FakeAws::form).satisfiesExactlyInAnyOrder(
                    f -> assertThat(f).containsEntry("AlarmNamePrefix", "nexus-platform-production")
                            .containsEntry("StateValue", "ALARM"),
                    f -> assertThat(f).doesNotContainKey("AlarmNamePrefix").containsEntry("StateValue", "ALARM"));
            assertThat(lastAudit(h).action()).isEqualTo("cloudwatch.alarms");
        }
    }

    @Test
    void shouldPreviewConfirmRedeployAndFollowTheNewDeploymentUntilStableInTheThread() throws Exception {
        try (Harness h = harness()) {
            deploymentRollsOut();

            String asked = ask(h, new ActionRequest.EcsRedeploy("platform"));
            String preview = h.slack.of("post").get(0).text();
            String ran = confirm(h);

            assertThat(asked).contains("Confirm");
            assertThat(preview).contains("nexus-platform:42").contains("3 running of 3 desired")
                    .contains("aws ecs update-service --cluster nexus-platform-production-cluster --service"
                            + " nexus-platform-production-service --force-new-deployment");
            assertThat(ran).contains("ran");
            assertThat(aws.ecsRequests("UpdateService")).singleElement().satisfies(r -> assertThat(
                    JSON.readTree(r.getBodyAsString())).isEqualTo(JSON.readTree("{\"cluster\":"
                    + "\"nexus-platform-production-cluster\",\"service\":\"nexus-platform-production-service\","
                    + "\"forceNewDeployment\":true}")));
            assertThat(h.slack.of("post")).anySatisfy(p -> assertThat(p.text())
                    .contains("New deployment ecs-svc/3333333333333333333"));
            assertThat(h.slack.of("thread")).extracting(RecordingSlack.Said::text).last().asString()
                    .contains("is stable: 3 of 3 running").contains("nexus-platform:42");
            assertThat(h.slack.of("thread")).anySatisfy(t -> assertThat(t.text()).contains("IN_PROGRESS"));
            assertThat(h.onlyPending().request().params()).containsEntry("pin.taskDefinition", AwsStage.TD_42);
            assertThat(lastAudit(h)).satisfies(a -> {
                assertThat(a.action()).isEqualTo("ecs.redeploy");
                assertThat(a.outcome()).isEqualTo("done");
                assertThat(a.params()).contains(AwsStage.TD_42);
            });
        }
    }

    @Test
    void shouldPreviewFromAndToThenSetTheDesiredCountWhenScaleIsConfirmed() throws Exception {
        try (Harness h = harness()) {
            ask(h, new ActionRequest.EcsScale("platform", 4));
            String preview = h.slack.of("post").get(0).text();
            confirm(h);

            assertThat(preview).contains("3 → 4").contains("bounds 2–5").contains("--desired-count 4");
            assertThat(aws.ecsRequests("UpdateService")).singleElement().satisfies(r -> assertThat(
                    JSON.readTree(r.getBodyAsString())).isEqualTo(JSON.readTree("{\"cluster\":"
                    + "\"nexus-platform-production-cluster\",\"service\":\"nexus-platform-production-service\","
                    + "\"desiredCount\":4}")));
            assertThat(h.onlyPending().request().params()).containsEntry("pin.fromCount", "3");
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.DONE);
            assertThat(h.slack.of("thread")).isNotEmpty();
        }
    }

    @Test
    void shouldCreateTheSnapshotThePreviewNamedAndPostItsArnWhenAvailable() {
        try (Harness h = harness()) {
            String id = AwsStage.snapshotId(h.clock.instant());
            ask(h, new ActionRequest.RdsSnapshot("platform"));
            String preview = h.slack.of("post").get(0).text();
            h.clock.advance(Duration.ofSeconds(30));
            confirm(h);

            assertThat(preview).contains("Create manual snapshot `" + id + "`").contains(AwsStage.EARLIER_MANUAL);
            assertThat(aws.queryRequests("CreateDBSnapshot")).singleElement().satisfies(r -> assertThat(
                    FakeAws.form(r)).containsEntry("DBSnapshotIdentifier", id)
                    .containsEntry("DBInstanceIdentifier", "nexus-platform-production-db"));
            assertThat(h.slack.of("thread")).extracting(RecordingSlack.Said::text).last().asString()
                    .contains("Snapshot `" + id + "` is available")
                    .contains("arn:aws:rds:us-west-2:123456789012:snapshot:" + id);
            assertThat(lastAudit(h).outcome()).isEqualTo("done");
        }
    }

    @Test
    void shouldRefuseTheConfirmedRedeployWhenTheServiceRunsAnotherTaskDefinitionSinceThePreview() {
        try (Harness h = harness()) {
            ask(h, new ActionRequest.EcsRedeploy("platform"));
            aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-stable.json")
                    .replace("nexus-platform:42", "nexus-platform:43"));

            String reply = confirm(h);

            assertThat(reply).contains("changed since the preview").contains("nexus-platform:43")
                    .contains("nothing was redeployed");
            assertThat(aws.ecsRequests("UpdateService")).isEmpty();
            assertThat(h.onlyPending().state()).isEqualTo(PendingState.FAILED);
            assertThat(lastAudit(h)).satisfies(a -> {
                assertThat(a.outcome()).isEqualTo("failed");
                assertThat(a.error()).contains("changed since the preview");
            });
        }
    }

    @Test
    void shouldRefuseTheConfirmedScaleWhenTheDesiredCountChangedSinceThePreview() {
        try (Harness h = harness()) {
            ask(h, new ActionRequest.EcsScale("platform", 4));
            aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-stable.json")
                    .replace("\"desiredCount\": 3", "\"desiredCount\": 5"));

            String reply = confirm(h);

            assertThat(reply).contains("its desired count is 5 now, the preview showed 3");
            assertThat(aws.ecsRequests("UpdateService")).isEmpty();
            assertThat(lastAudit(h).outcome()).isEqualTo("failed");
        }
    }

    static Stream<Arguments> dryRuns() {
        return Stream.of(
                Arguments.of(new ActionRequest.EcsRedeploy("platform"), "ecs:UpdateService",
                        "aws ecs update-service --cluster nexus-platform-production-cluster --service"
                                + " nexus-platform-production-service --force-new-deployment"),
                Arguments.of(new ActionRequest.EcsScale("platform", 2), "ecs:UpdateService",
                        "aws ecs update-service --cluster nexus-platform-production-cluster --service"
                                + " nexus-platform-production-service --desired-count 2"),
                Arguments.of(new ActionRequest.RdsSnapshot("platform"), "rds:CreateDBSnapshot",
                        "aws rds create-db-snapshot --db-snapshot-identifier nexus-manual-20261124-100000"
                                + " --db-instance-identifier nexus-platform-production-db"));
    }

    @ParameterizedTest
    @MethodSource("dryRuns")
    void shouldShowThePreviewAndTheExactRequestAndSendNoWriteWhenItIsADryRun(ActionRequest request, String call,
                                                                           String cli) {
        try (Harness h = harness()) {
            String reply = h.ask(RESPONDER, INCIDENT_CHANNEL, request, true).text();

            assertThat(reply).contains("Dry run").contains("nothing was sent to AWS").contains(call).contains(cli);
            assertThat(aws.ecsRequests("UpdateService")).isEmpty();
            assertThat(aws.queryRequests("CreateDBSnapshot")).isEmpty();
            assertThat(h.slack.of("post")).isEmpty();
            assertThat(lastAudit(h).outcome()).isEqualTo("dry run, nothing changed");
        }
    }

    @Test
    void shouldSayAwsIsNotConfiguredInTheStartupLinesWordsAndAuditItWhenNoCredentialsAreFound() {
        try (Harness h = new Harness("sqlite", dir, CONFIG, stage.catalog(CONFIG, FakeAws.NO_KEYS))) {
            stage.healthy(h.clock.instant());
            h.incident("sev2");

            String reply = ask(h, new ActionRequest.EcsStatus("platform"));

            assertThat(reply).contains("AWS is not configured here: no credentials (AWS_ACCESS_KEY_ID, AWS_PROFILE,"
                    + " web identity or ~/.aws)");
            assertThat(aws.ecsRequests("DescribeServices")).isEmpty();
            assertThat(lastAudit(h)).satisfies(a -> {
                assertThat(a.outcome()).isEqualTo("failed");
                assertThat(a.error()).startsWith("AWS is not configured here");
            });
        }
    }

    /** DescribeServices before the update: stable on the old deployment; then rolling out the new one; then stable. */
    private void deploymentRollsOut() throws Exception {
        String stableOld = FakeAws.fixture("ecs-describe-services-stable.json");
        String rolling = "{\"services\":[" + JSON.readTree(FakeAws.fixture("ecs-update-service-redeploy.json"))
                .get("service") + "],\"failures\":[]}";
        String stableNew = stableOld.replace("ecs-svc/2222222222222222222", "ecs-svc/3333333333333333333");
        describeInState(Scenario.STARTED, stableOld, null);
        describeInState("rolling", rolling, "settled");
        describeInState("settled", stableNew, null);
        server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(ECS_TARGET + "UpdateService"))
                .inScenario("redeploy").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("rolling")
                .willReturn(FakeAws.ecsAnswer(200, FakeAws.fixture("ecs-update-service-redeploy.json"))));
    }

    private void describeInState(String state, String json, String next) {
        var stub = post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(ECS_TARGET + "DescribeServices"))
                .inScenario("redeploy").whenScenarioStateIs(state);
        server.stubFor((next == null ? stub : stub.willSetStateTo(next)).willReturn(FakeAws.ecsAnswer(200, json)));
    }
}
