package com.nexus.chatops.action.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.core.NexusException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ecs redeploy and ecs scale against WireMock speaking ECS's awsJson1_1: previews, dry runs and UpdateService. */
class EcsWritesWireMockTest extends AwsWireMockTestBase {
    static final String TD_42 = "arn:aws:ecs:us-west-2:123456789012:task-definition/nexus-platform:42";
    static final String TD_41 = "arn:aws:ecs:us-west-2:123456789012:task-definition/nexus-platform:41";
    private static final ObjectMapper JSON = new ObjectMapper();


    private EcsServices ecs;

    @BeforeEach
    void serviceIsStable() {
        ecs = ecs();
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-stable.json"));
    }

    @Test
    void shouldPreviewTheTaskDefinitionAndCountsWhenARedeployIsPlanned() {
        RedeployPreview preview = ecs.previewRedeploy(PLATFORM);

        assertThat(preview.taskDefinition().arn()).isEqualTo(TD_42);
        assertThat(preview.taskDefinition().label()).isEqualTo("nexus-platform:42");
        assertThat(preview.desired()).isEqualTo(3);
        assertThat(preview.running()).isEqualTo(3);
        assertThat(preview.request().action()).isEqualTo("ecs:UpdateService");
        assertThat(aws.ecsRequests("UpdateService")).isEmpty();
    }

    @Test
    void shouldForceANewDeploymentAndReturnTheDeploymentItStartedWhenRedeploying() throws Exception {
        aws.ecs("UpdateService", FakeAws.fixture("ecs-update-service-redeploy.json"));

        EcsUpdate update = ecs.redeploy(PLATFORM, Optional.of(TD_42), false);

        assertThat(aws.ecsRequests("UpdateService")).singleElement().satisfies(r ->
                assertThat(JSON.readTree(r.getBodyAsString())).isEqualTo(JSON.readTree("{\"cluster\":"
                        + "\"nexus-platform-production-cluster\",\"service\":\"nexus-platform-production-service\","
                        + "\"forceNewDeployment\":true}")));
        assertThat(update.dryRun()).isFalse();
        assertThat(update.startedDeployment()).contains("ecs-svc/3333333333333333333");
        assertThat(update.after().orElseThrow().deployments()).hasSize(2);
    }

    @Test
    void shouldSendNothingAndDescribeTheRequestARealRunSendsWhenRedeployIsADryRun() throws Exception {
        aws.ecs("UpdateService", FakeAws.fixture("ecs-update-service-redeploy.json"));

        EcsUpdate dry = ecs.redeploy(PLATFORM, Optional.empty(), true);

        assertThat(aws.ecsRequests("UpdateService")).isEmpty();
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.after()).isEmpty();
        assertThat(dry.request().params()).containsExactly(
                new PlannedCall.Param("cluster", "nexus-platform-production-cluster"),
                new PlannedCall.Param("service", "nexus-platform-production-service"),
                new PlannedCall.Param("forceNewDeployment", "true"));

        ecs.redeploy(PLATFORM, Optional.empty(), false);

        assertThat(fields(aws.ecsRequests("UpdateService").get(0).getBodyAsString())).isEqualTo(asMap(dry.request()));
    }

    @Test
    void shouldRefuseAndSendNothingWhenTheServiceRunsAnotherTaskDefinitionThanThePreviewShowed() {
        NexusException e = catchThrowableOfType(NexusException.class,
                () -> ecs.redeploy(PLATFORM, Optional.of(TD_41), false));

        assertThat(e.getMessage()).isEqualTo("ECS service nexus-platform-production-service in cluster"
                + " nexus-platform-production-cluster changed since the preview: it runs nexus-platform:42 now, the"
                + " preview showed nexus-platform:41; nothing was redeployed, run redeploy again for a new preview");
        assertThat(aws.ecsRequests("UpdateService")).isEmpty();
    }

    @Test
    void shouldNameTheIamActionWhenNexusMayNotUpdateTheService() {
        aws.ecsError("UpdateService", 400, "AccessDeniedException",
                FakeAws.denied("ecs:UpdateService", Optional.of(FakeAws.SERVICE_ARN)));

        NexusException e = catchThrowableOfType(NexusException.class,
                () -> ecs.redeploy(PLATFORM, Optional.empty(), false));

        assertThat(e.getMessage()).startsWith("nexus may not call ecs:UpdateService on arn:aws:ecs:us-west-2:"
                + "123456789012:service/nexus-platform-production-cluster/nexus-platform-production-service (AWS"
                + " denied it for arn:aws:sts::123456789012:assumed-role/nexus/i-0fake: no identity-based policy"
                + " allows the ecs:UpdateService action); grant ecs:UpdateService in nexus's IAM policy");
        assertThat(aws.ecsRequests("UpdateService")).hasSize(1);
    }

    @Test
    void shouldRetryTheUpdateWhenEcsThrottlesItOnce() {
        aws.ecsSequence("UpdateService", FakeAws.ecsErrorAnswer(400, "ThrottlingException", "Rate exceeded"),
                FakeAws.ecsAnswer(200, FakeAws.fixture("ecs-update-service-redeploy.json")));

        EcsUpdate update = ecs.scale(PLATFORM, 4, false);

        assertThat(update.after()).isPresent();
        assertThat(aws.ecsRequests("UpdateService")).hasSize(2);
    }

    @Test
    void shouldNameTheServiceWhenEcsSaysItDoesNotExist() {
        aws.ecsError("UpdateService", 400, "ServiceNotFoundException", "Service not found.");

        NexusException e = catchThrowableOfType(NexusException.class, () -> ecs.scale(PLATFORM, 4, false));

        assertThat(e.getMessage()).startsWith("ECS service nexus-platform-production-service in cluster"
                + " nexus-platform-production-cluster was not found in us-west-2");
    }

    @Test
    void shouldPreviewFromAndToWithTheBoundsWhenAScaleIsPlanned() {
        EcsScalePreview preview = ecs.previewScale(PLATFORM, 5);

        assertThat(preview.from()).isEqualTo(3);
        assertThat(preview.to()).isEqualTo(5);
        assertThat(preview.bounds()).isEqualTo(PLATFORM.count());
        assertThat(preview.withinBounds()).isTrue();
        assertThat(preview.request().params()).contains(new PlannedCall.Param("desiredCount", "5"));
        assertThat(aws.ecsRequests("UpdateService")).isEmpty();
    }

    @Test
    void shouldSendTheDesiredCountWhenScaling() throws Exception {
        aws.ecs("UpdateService", FakeAws.fixture("ecs-update-service-redeploy.json"));

        ecs.scale(PLATFORM, 2, false);

        assertThat(JSON.readTree(aws.ecsRequests("UpdateService").get(0).getBodyAsString())).isEqualTo(JSON.readTree(
                "{\"cluster\":\"nexus-platform-production-cluster\",\"service\":\"nexus-platform-production-service\","
                        + "\"desiredCount\":2}"));
    }

    @Test
    void shouldRefuseAndSendNothingWhenTheDesiredCountIsNoLongerThePreviewsFrom() {
        NexusException e = catchThrowableOfType(NexusException.class,
                () -> ecs.scale(PLATFORM, 5, Optional.of(2), false));

        assertThat(e.getMessage()).contains("changed since the preview: its desired count is 3 now, the preview"
                + " showed 2; nothing was scaled");
        assertThat(aws.ecsRequests("UpdateService")).isEmpty();
    }

    @Test
    void shouldRefuseACountOutsideTheBoundsWithoutCallingEcs() {
        NexusException e = catchThrowableOfType(NexusException.class, () -> ecs.scale(PLATFORM, 6, false));

        assertThat(e.getMessage()).isEqualTo("ECS service nexus-platform-production-service in cluster"
                + " nexus-platform-production-cluster may run 2–5 tasks (aws.ecs.count in nexus.yml); 6 is outside");
        assertThat(aws.ecsRequests("UpdateService")).isEmpty();
    }

    private static Map<String, String> fields(String json) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(json);
        node.fieldNames().forEachRemaining(name -> fields.put(name, node.get(name).asText()));
        return fields;
    }

    private static Map<String, String> asMap(PlannedCall call) {
        Map<String, String> fields = new LinkedHashMap<>();
        call.params().forEach(p -> fields.put(p.name(), p.value()));
        return fields;
    }
}
