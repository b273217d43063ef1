package com.nexus.chatops.action.aws.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.aws.EcsDeployment;
import com.nexus.chatops.action.aws.EcsEvent;
import com.nexus.chatops.action.aws.EcsRollout;
import com.nexus.chatops.action.aws.EcsScalePreview;
import com.nexus.chatops.action.aws.EcsStatus;
import com.nexus.chatops.action.aws.EcsUpdate;
import com.nexus.chatops.action.aws.PlannedCall;
import com.nexus.chatops.action.aws.RedeployPreview;
import com.nexus.chatops.action.aws.TaskDefinition;
import com.nexus.chatops.config.Replicas;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ECS views, as responders read them in Slack. */
class EcsTextTest {
    static final Instant NOW = Instant.parse("2026-01-01T00:20:00Z");
    static final TaskDefinition TD_42 = new TaskDefinition(
            "arn:aws:ecs:us-west-2:123456789012:task-definition/nexus-platform:42", "nexus-platform", 42);
    static final TaskDefinition TD_41 = new TaskDefinition(
            "arn:aws:ecs:us-west-2:123456789012:task-definition/nexus-platform:41", "nexus-platform", 41);
    static final EcsDeployment PRIMARY = new EcsDeployment("ecs-svc/2222", "PRIMARY", TD_42, 3, 1, 2, 1,
            Optional.of("IN_PROGRESS"), Optional.of("in progress"), Optional.of(Instant.parse("2026-01-01T00:01:00Z")));
    static final EcsDeployment OLD = new EcsDeployment("ecs-svc/1111", "ACTIVE", TD_41, 0, 2, 0, 0,
            Optional.of("COMPLETED"), Optional.empty(), Optional.of(Instant.parse("2025-12-30T00:00:00Z")));
    static final EcsStatus ROLLING = new EcsStatus("nexus-platform-production-cluster",
            "nexus-platform-production-service", "ACTIVE", 3, 3, 2, TD_42, List.of(PRIMARY, OLD), List.of(
            new EcsEvent(Instant.parse("2026-01-01T00:15:00Z"), "(service x) has started 2 tasks: (task 0a1b)."),
            new EcsEvent(Instant.parse("2026-01-01T00:14:00Z"), "(service x) failed <health> checks & stopped")));
    static final PlannedCall REDEPLOY = new PlannedCall("ecs:UpdateService", List.of(
            new PlannedCall.Param("cluster", "nexus-platform-production-cluster"),
            new PlannedCall.Param("service", "nexus-platform-production-service"),
            new PlannedCall.Param("forceNewDeployment", "true")));

    @Test
    void shouldShowCountsDeploymentsAndEventsWhenAServiceIsRollingOut() {
        String text = EcsText.status(ROLLING, NOW);

        assertThat(text).startsWith("*nexus-platform-production-service* (cluster nexus-platform-production-cluster):"
                + " ACTIVE — 3 running, 3 desired, 2 pending · task definition `nexus-platform:42`");
        assertThat(text)
                .contains("DEPLOYMENT    STATUS   TASK DEFINITION    DESIRED  RUNNING  PENDING  ROLLOUT      CREATED")
                .contains("ecs-svc/2222  PRIMARY  nexus-platform:42  3        1        2        IN_PROGRESS  19m ago")
                .contains("ecs-svc/1111  ACTIVE   nexus-platform:41  0        2        0        COMPLETED    2d ago")
                .contains("Last 2 events:").contains("5m ago  (service x) has started 2 tasks: (task 0a1b).");
    }

    @Test
    void shouldEscapeWhatEcsWroteWhenAnEventHasMarkupCharacters() {
        String text = EcsText.status(ROLLING, NOW);

        assertThat(text).contains("failed &lt;health&gt; checks &amp; stopped").doesNotContain("<health>");
    }

    @Test
    void shouldSayWhyWhenADeploymentFailed() {
        EcsDeployment failed = new EcsDeployment("ecs-svc/3333", "PRIMARY", TD_42, 3, 0, 0, 3, Optional.of("FAILED"),
                Optional.of("ECS deployment circuit breaker: tasks failed to start."), Optional.empty());
        EcsStatus status = new EcsStatus("c", "s", "ACTIVE", 3, 0, 0, TD_42, List.of(failed), List.of());

        assertThat(EcsText.status(status, NOW)).contains(":x: Deployment ecs-svc/3333 failed: ECS deployment circuit"
                + " breaker: tasks failed to start.").doesNotContain("events:");
    }

    @Test
    void shouldShowTheTaskDefinitionAndCountsWhenPreviewingARedeploy() {
        RedeployPreview preview = new RedeployPreview("nexus-platform-production-cluster",
                "nexus-platform-production-service", TD_42, 3, 3, 0, REDEPLOY);

        assertThat(EcsText.redeployPreview(preview)).isEqualTo("Force a new deployment of"
                + " *nexus-platform-production-service* (cluster nexus-platform-production-cluster): ECS replaces its"
                + " tasks (3 running of 3 desired) with new ones of `nexus-platform:42`, the task definition it runs"
                + " now.");
    }

    @Test
    void shouldShowFromToAndBoundsWhenPreviewingAScale() {
        EcsScalePreview preview = new EcsScalePreview("c1", "svc", 3, 5, 3, new Replicas(2, 5), REDEPLOY);
        EcsScalePreview outside = new EcsScalePreview("c1", "svc", 3, 9, 3, new Replicas(2, 5), REDEPLOY);

        assertThat(EcsText.scalePreview(preview)).isEqualTo("Desired count of *svc* (cluster c1): 3 → 5 (3 running;"
                + " bounds 2–5)");
        assertThat(EcsText.scalePreview(outside)).endsWith(":warning: outside the bounds");
    }

    @Test
    void shouldShowTheSeedsCliCommandWhenARedeployIsADryRun() {
        String text = EcsText.update(new EcsUpdate(REDEPLOY, true, Optional.empty()));

        assertThat(text).startsWith("Dry run: nothing was sent to AWS. A real run sends `ecs:UpdateService` with"
                + " cluster=nexus-platform-production-cluster, service=nexus-platform-production-service,"
                + " forceNewDeployment=true")
                .contains("```aws ecs update-service --cluster nexus-platform-production-cluster --service"
                        + " nexus-platform-production-service --force-new-deployment```");
    }

    @Test
    void shouldNameTheNewDeploymentWhenARedeployStarted() {
        EcsStatus after = new EcsStatus("c1", "svc", "ACTIVE", 3, 3, 0, TD_42, List.of(PRIMARY, OLD), List.of());

        assertThat(EcsText.update(new EcsUpdate(REDEPLOY, false, Optional.of(after)))).isEqualTo(
                ":arrows_counterclockwise: New deployment ecs-svc/2222 of `nexus-platform:42` started for *svc*:"
                        + " 3 tasks desired.");
    }

    @Test
    void shouldSayHowTheFollowEndedForEachOutcome() {
        EcsStatus stable = new EcsStatus("c1", "svc", "ACTIVE", 3, 3, 0, TD_41, List.of(OLD), List.of());

        assertThat(EcsText.rollout(new EcsRollout(stable, EcsRollout.Outcome.STABLE)))
                .isEqualTo(":white_check_mark: *svc* is stable: 3 of 3 running `nexus-platform:41`.");
        assertThat(EcsText.rollout(new EcsRollout(stable, EcsRollout.Outcome.ROLLED_BACK)))
                .startsWith(":x: The new deployment did not take: ECS rolled *svc* back to `nexus-platform:41`");
        assertThat(EcsText.rollout(new EcsRollout(ROLLING, EcsRollout.Outcome.DEADLINE))).isEqualTo(":warning:"
                + " *nexus-platform-production-service* is not stable yet: 3 of 3 running, 2 pending —"
                + " nexus-platform:42 IN_PROGRESS; 1 older deployment still draining. Follow it with `ecs status`.");
    }
}
