package com.nexus.chatops.action.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.nexus.chatops.core.NexusException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Following a service with the SDK's servicesStable waiter against WireMock speaking ECS's awsJson1_1. */
class EcsFollowWireMockTest extends AwsWireMockTestBase {
    static final Duration DEADLINE = Duration.ofSeconds(20);


    private final List<EcsStatus> progress = new ArrayList<>();
    private EcsServices ecs;

    @BeforeEach
    void useEcs() {
        ecs = ecs();
    }

    @Test
    void shouldReportEachNewStatusAndEndStableWhenTheDeploymentSettles() {
        aws.ecsSequence("DescribeServices", answer(rolling()), answer(rolling()), answer(stable()));

        EcsRollout rollout = ecs.awaitStable(PLATFORM, Optional.of("ecs-svc/2222222222222222222"), DEADLINE,
                progress::add);

        assertThat(rollout.outcome()).isEqualTo(EcsRollout.Outcome.STABLE);
        assertThat(rollout.last().stable()).isTrue();
        assertThat(progress).extracting(s -> s.deployments().size()).containsExactly(2, 1);
        assertThat(aws.ecsRequests("DescribeServices")).hasSize(3).allSatisfy(r ->
                assertThat(r.getBodyAsString()).contains("\"nexus-platform-production-service\""));
    }

    @Test
    void shouldSayRolledBackWhenTheServiceSettlesOnAnotherDeploymentThanTheOneStarted() {
        aws.ecsSequence("DescribeServices", answer(redeploying()), answer(stable()));

        EcsRollout rollout = ecs.awaitStable(PLATFORM, Optional.of("ecs-svc/3333333333333333333"), DEADLINE,
                progress::add);

        assertThat(rollout.outcome()).isEqualTo(EcsRollout.Outcome.ROLLED_BACK);
        assertThat(rollout.last().primary().orElseThrow().id()).isEqualTo("ecs-svc/2222222222222222222");
    }

    @Test
    void shouldEndAtTheDeadlineWithTheLastStatusWhenTheServiceNeverSettles() {
        aws.ecs("DescribeServices", rolling());

        EcsRollout rollout = ecs.awaitStable(PLATFORM, Optional.empty(), Duration.ofMillis(300), progress::add);

        assertThat(rollout.outcome()).isEqualTo(EcsRollout.Outcome.DEADLINE);
        assertThat(rollout.last().pending()).isEqualTo(2);
        assertThat(progress).hasSize(1);
        assertThat(aws.ecsRequests("DescribeServices").size()).isGreaterThan(1);
    }

    @Test
    void shouldEndFailedWhenTheServiceIsDraining() {
        ObjectNode draining = json(stable());
        ((ObjectNode) draining.get("services").get(0)).put("status", "DRAINING").put("runningCount", 1);
        aws.ecs("DescribeServices", draining.toString());

        EcsRollout rollout = ecs.awaitStable(PLATFORM, Optional.empty(), DEADLINE, progress::add);

        assertThat(rollout.outcome()).isEqualTo(EcsRollout.Outcome.FAILED);
        assertThat(rollout.last().status()).isEqualTo("DRAINING");
    }

    @Test
    void shouldNameTheServiceWhenItDisappearsWhileFollowed() {
        aws.ecsSequence("DescribeServices", answer(rolling()),
                answer(FakeAws.fixture("ecs-describe-services-missing.json")));

        NexusException e = catchThrowableOfType(NexusException.class,
                () -> ecs.awaitStable(PLATFORM, Optional.empty(), DEADLINE, progress::add));

        assertThat(e.getMessage()).startsWith("ECS service nexus-platform-production-service in cluster"
                + " nexus-platform-production-cluster was not found in us-west-2");
    }

    @Test
    void shouldNameTheIamActionWhenTheFirstPollIsDenied() {
        aws.ecsError("DescribeServices", 400, "AccessDeniedException",
                FakeAws.denied("ecs:DescribeServices", Optional.of(FakeAws.SERVICE_ARN)));

        NexusException e = catchThrowableOfType(NexusException.class,
                () -> ecs.awaitStable(PLATFORM, Optional.empty(), DEADLINE, progress::add));

        assertThat(e.getMessage()).startsWith("nexus may not call ecs:DescribeServices on arn:aws:ecs:us-west-2:");
        assertThat(progress).isEmpty();
    }

    @Test
    void shouldSayAwsIsNotConfiguredWhenTheWaitersFirstPollFindsNoCredentials() {
        aws.ecs("DescribeServices", stable());
        try (AwsServices unconfigured = aws.services(aws.settings(CLOCK), FakeAws.NO_KEYS)) {

            NexusException e = catchThrowableOfType(NexusException.class, () -> unconfigured
                    .ecs(Optional.of(FakeAws.REGION)).awaitStable(PLATFORM, Optional.empty(), DEADLINE, progress::add));

            assertThat(e.getMessage()).isEqualTo("AWS is not configured here: no credentials (AWS_ACCESS_KEY_ID,"
                    + " AWS_PROFILE, web identity or ~/.aws)");
            assertThat(aws.ecsRequests("DescribeServices")).isEmpty();
        }
    }

    @Test
    void shouldKeepFollowingWhenOnePollTimesOut() {
        ResponseDefinitionBuilder hanging = answer(rolling()).withFixedDelay(3_000);
        try (AwsServices impatient = aws.services(aws.settings(CLOCK)
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(1_200)))) {
            EcsServices impatientEcs = impatient.ecs(Optional.of(FakeAws.REGION));
            aws.ecs("DescribeServices", rolling());
            impatientEcs.status(PLATFORM); // loads the SDK's classes, so the first poll below answers in time
            aws.ecsSequence("DescribeServices", answer(rolling()), hanging, hanging, hanging, hanging,
                    answer(stable()));

            EcsRollout rollout = impatientEcs.awaitStable(PLATFORM, Optional.empty(), DEADLINE, progress::add);

            assertThat(rollout.outcome()).isEqualTo(EcsRollout.Outcome.STABLE);
            assertThat(aws.ecsRequests("DescribeServices").size()).isGreaterThanOrEqualTo(6);
        }
    }

    static String rolling() {
        return FakeAws.fixture("ecs-describe-services-rolling.json");
    }

    static String stable() {
        return FakeAws.fixture("ecs-describe-services-stable.json");
    }

    /** The service as UpdateService answered a redeploy: the new deployment primary, the old one draining. */
    static String redeploying() {
        ObjectNode update = json(FakeAws.fixture("ecs-update-service-redeploy.json"));
        ObjectNode answer = new ObjectMapper().createObjectNode();
        answer.putArray("services").add(update.get("service"));
        answer.putArray("failures");
        return answer.toString();
    }

    private static ResponseDefinitionBuilder answer(String json) {
        return FakeAws.ecsAnswer(200, json);
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
