package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.Harness.INCIDENT_CHANNEL;
import static com.nexus.chatops.guard.Harness.RESPONDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.aws.FakeAws;
import com.nexus.chatops.action.aws.RdsXml;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.audit.AuditVerifier;
import com.nexus.chatops.config.NexusConfig;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every AWS command when AWS denies it, throttles it once, or does not know its target: said plainly to the
 * person who asked (a write once they confirm), and audited with the same words, in each service's wire format.
 */
class AwsGuardedErrorsTest {
    private static final NexusConfig CONFIG = Harness.example();
    private static final String THROTTLED = "Rate exceeded";
    private static final String SERVICE = "ECS service nexus-platform-production-service in cluster"
            + " nexus-platform-production-cluster";
    private static final String INSTANCE = "RDS instance nexus-platform-production-db";

    @RegisterExtension
    static WireMockExtension server = FakeAws.server();

    @TempDir
    Path dir;

    private final AwsStage stage = new AwsStage(server);

    /**
     * @param breakIt what AWS answers instead of the good day
     * @param says    what the reply and (for a failure) the audit record say
     * @param calls   the requests to the call that was broken, and how many there must be
     */
    record Case(String name, ActionRequest request, Consumer<FakeAws> breakIt, String says, boolean fails,
                Function<FakeAws, Integer> calls, int expectedCalls) {
        @Override
        public String toString() {
            return request.action() + " " + name;
        }
    }

    @AfterEach
    void close() {
        stage.close();
    }

    static Stream<Case> cases() {
        ActionRequest ecsStatus = new ActionRequest.EcsStatus("platform");
        ActionRequest redeploy = new ActionRequest.EcsRedeploy("platform");
        ActionRequest scale = new ActionRequest.EcsScale("platform", 4);
        ActionRequest rdsStatus = new ActionRequest.RdsStatus("platform");
        ActionRequest snapshot = new ActionRequest.RdsSnapshot("platform");
        ActionRequest alarms = new ActionRequest.Alarms(Optional.of("platform"));
        return Stream.of(
                ecs("denied", ecsStatus, "DescribeServices", denied("ecs:DescribeServices"),
                        "nexus may not call ecs:DescribeServices on " + FakeAws.SERVICE_ARN, true, 1),
                ecs("throttled once", ecsStatus, "DescribeServices", throttledOnce("DescribeServices",
                        FakeAws.fixture("ecs-describe-services-stable.json")), "3 running, 3 desired", false, 2),
                ecs("not found", ecsStatus, "DescribeServices", a -> a.ecs("DescribeServices",
                        FakeAws.fixture("ecs-describe-services-missing.json")), SERVICE + " was not found in us-west-2",
                        true, 1),
                ecs("denied", redeploy, "UpdateService", denied("ecs:UpdateService"),
                        "nexus may not call ecs:UpdateService on " + FakeAws.SERVICE_ARN, true, 1),
                ecs("throttled once", redeploy, "UpdateService", throttledOnce("UpdateService",
                        FakeAws.fixture("ecs-update-service-redeploy.json")), "New deployment", false, 2),
                ecs("not found", redeploy, "UpdateService", a -> a.ecsError("UpdateService", 400,
                        "ServiceNotFoundException", "Service not found."), SERVICE + " was not found in us-west-2",
                        true, 1),
                ecs("denied", scale, "UpdateService", denied("ecs:UpdateService"),
                        "nexus may not call ecs:UpdateService on " + FakeAws.SERVICE_ARN, true, 1),
                ecs("throttled once", scale, "UpdateService", throttledOnce("UpdateService",
                        FakeAws.fixture("ecs-update-service-redeploy.json")), "Desired count of", false, 2),
                ecs("not found", scale, "UpdateService", a -> a.ecsError("UpdateService", 400,
                        "ClusterNotFoundException", "Cluster not found."),
                        "The ECS cluster nexus-platform-production-cluster was not found in us-west-2", true, 1),
                query("denied", rdsStatus, "DescribeDBInstances", queryDenied("DescribeDBInstances",
                        "rds:DescribeDBInstances", "arn:aws:rds:us-west-2:123456789012:db:nexus-platform-production-db"),
                        "nexus may not call rds:DescribeDBInstances on arn:aws:rds:us-west-2:123456789012:db:"
                                + "nexus-platform-production-db", true, 1),
                query("throttled once", rdsStatus, "DescribeDBInstances", queryThrottledOnce("DescribeDBInstances",
                        FakeAws.fixture("rds-describe-db-instances.xml")), "nexus-platform-production-db*: available",
                        false, 2),
                query("not found", rdsStatus, "DescribeDBInstances", a -> a.queryError("DescribeDBInstances", 404,
                        "DBInstanceNotFound", "DBInstance nexus-platform-production-db not found."),
                        INSTANCE + " was not found in us-west-2", true, 1),
                query("denied", snapshot, "CreateDBSnapshot", queryDenied("CreateDBSnapshot", "rds:CreateDBSnapshot",
                        RdsXml.arn("nexus-manual-20261124-100000")), "nexus may not call rds:CreateDBSnapshot on "
                                + RdsXml.arn("nexus-manual-20261124-100000"), true, 1),
                query("throttled once", snapshot, "CreateDBSnapshot", queryThrottledOnce("CreateDBSnapshot",
                        RdsXml.createSnapshot(RdsXml.snapshot("nexus-manual-20261124-100000", "manual", "creating",
                                Optional.empty(), 0))), "Snapshot `nexus-manual-20261124-100000` started", false, 2),
                query("not found", snapshot, "CreateDBSnapshot", a -> a.queryError("CreateDBSnapshot", 404,
                        "DBInstanceNotFound", "DBInstance nexus-platform-production-db not found."),
                        INSTANCE + " was not found in us-west-2", true, 1),
                query("denied", alarms, "DescribeAlarms", queryDenied("DescribeAlarms", "cloudwatch:DescribeAlarms",
                        null), "nexus may not call cloudwatch:DescribeAlarms on *", true, 1),
                query("throttled once", alarms, "DescribeAlarms", queryThrottledOnce("DescribeAlarms",
                        FakeAws.fixture("cloudwatch-describe-alarms-page2.xml")), "1 CloudWatch alarm", false, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldSayWhatAwsAnsweredAndAuditItWhenACommandRuns(Case c) {
        try (Harness h = new Harness("sqlite", dir, CONFIG, stage.catalog(CONFIG))) {
            stage.healthy(h.clock.instant());
            c.breakIt().accept(stage.aws);
            h.incident("sev2");

            String reply = h.ask(RESPONDER, INCIDENT_CHANNEL, c.request(), false).text();
            if (c.request().writes()) {
                reply = h.actions.confirm(h.click(RESPONDER, h.onlyPending().id())).text()
                        + "\n" + String.join("\n", h.slack.of("post").stream().map(RecordingSlack.Said::text).toList());
            }

            assertThat(reply).contains(c.says());
            assertThat(c.calls().apply(stage.aws)).isEqualTo(c.expectedCalls());
            assertThat(new AuditVerifier(new AuditLog(h.store.database().jdbc())).verify().intact()).isTrue();
            AuditRecord last = h.lastAudit().record();
            assertThat(last.action()).isEqualTo(c.request().action());
            if (c.fails()) {
                assertThat(last.outcome()).isEqualTo("failed");
                assertThat(last.error()).contains(c.says());
            } else {
                assertThat(last.outcome()).isEqualTo("done");
            }
        }
    }

    private static Case ecs(String name, ActionRequest r, String operation, Consumer<FakeAws> breakIt, String says,
                            boolean fails, int calls) {
        return new Case(name, r, breakIt, says, fails, a -> a.ecsRequests(operation).size(), calls);
    }

    private static Case query(String name, ActionRequest r, String action, Consumer<FakeAws> breakIt, String says,
                              boolean fails, int calls) {
        return new Case(name, r, breakIt, says, fails, a -> a.queryRequests(action).size(), calls);
    }

    private static Consumer<FakeAws> denied(String action) {
        return a -> a.ecsError(action.substring(4), 400, "AccessDeniedException",
                FakeAws.denied(action, Optional.of(FakeAws.SERVICE_ARN)));
    }

    private static Consumer<FakeAws> throttledOnce(String operation, String then) {
        return a -> a.ecsSequence(operation, FakeAws.ecsErrorAnswer(400, "ThrottlingException", THROTTLED),
                FakeAws.ecsAnswer(200, then));
    }

    private static Consumer<FakeAws> queryDenied(String operation, String action, String resource) {
        return a -> a.queryError(operation, 403, "AccessDenied", FakeAws.denied(action, Optional.ofNullable(resource)));
    }

    private static Consumer<FakeAws> queryThrottledOnce(String operation, String then) {
        return a -> a.querySequence(operation, FakeAws.queryErrorAnswer(operation, 400, "Throttling", THROTTLED),
                FakeAws.xml(200, then));
    }
}
