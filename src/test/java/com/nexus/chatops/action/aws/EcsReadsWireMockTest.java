package com.nexus.chatops.action.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nexus.chatops.core.NexusException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ecs status against WireMock speaking ECS's awsJson1_1: the request the SDK sent, and what nexus made of it. */
class EcsReadsWireMockTest extends AwsWireMockTestBase {


    @Test
    void shouldSendDescribeServicesForTheConfiguredServiceWhenStatusIsAsked() throws Exception {
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-rolling.json"));

        ecs().status(PLATFORM);

        LoggedRequest sent = single("DescribeServices");
        assertThat(sent.getHeader("Content-Type")).startsWith("application/x-amz-json-1.1");
        assertThat(sent.getHeader("Authorization")).contains("Credential=fake-test-access-key/")
                .contains("/us-west-2/ecs/aws4_request");
        assertThat(new ObjectMapper().readTree(sent.getBodyAsString())).isEqualTo(new ObjectMapper().readTree(
                "{\"cluster\":\"nexus-platform-production-cluster\","
                        + "\"services\":[\"nexus-platform-production-service\"]}"));
    }

    @Test
    void shouldShowCountsDeploymentsPrimaryFirstAndTheLastFiveEventsWhenTheServiceIsRollingOut() {
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-rolling.json"));

        EcsStatus status = ecs().status(PLATFORM);

        assertThat(status.status()).isEqualTo("ACTIVE");
        assertThat(status.desired()).isEqualTo(3);
        assertThat(status.running()).isEqualTo(3);
        assertThat(status.pending()).isEqualTo(2);
        assertThat(status.taskDefinition().label()).isEqualTo("nexus-platform:42");
        assertThat(status.stable()).isFalse();
        assertThat(status.deployments()).extracting(EcsDeployment::status).containsExactly("PRIMARY", "ACTIVE");
        EcsDeployment primary = status.primary().orElseThrow();
        assertThat(primary.taskDefinition().revision()).isEqualTo(42);
        assertThat(primary.rolloutState()).contains("IN_PROGRESS");
        assertThat(primary.running()).isEqualTo(1);
        assertThat(primary.pending()).isEqualTo(2);
        assertThat(primary.createdAt()).contains(Instant.parse("2026-01-01T00:01:00Z"));
        assertThat(status.events()).hasSize(5);
        assertThat(status.events().get(0).message()).contains("has started 2 tasks");
        assertThat(status.events()).noneMatch(e -> e.message().contains("has reached a steady state"));
    }

    @Test
    void shouldNameTheServiceAndClusterWhenEcsReportsTheServiceMissing() {
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-missing.json"));

        NexusException e = catchThrowableOfType(NexusException.class, () -> ecs().status(PLATFORM));

        assertThat(e.getMessage()).isEqualTo("ECS service nexus-platform-production-service in cluster"
                + " nexus-platform-production-cluster was not found in us-west-2; check the service's aws section in"
                + " nexus.yml (the names, and aws.region)");
    }

    @Test
    void shouldNameTheClusterWhenEcsSaysTheClusterDoesNotExist() {
        aws.ecsError("DescribeServices", 400, "ClusterNotFoundException", "Cluster not found.");

        NexusException e = catchThrowableOfType(NexusException.class, () -> ecs().status(PLATFORM));

        assertThat(e.getMessage()).startsWith("The ECS cluster nexus-platform-production-cluster was not found in"
                + " us-west-2");
        assertThat(aws.ecsRequests("DescribeServices")).hasSize(1);
    }

    @Test
    void shouldNameTheMissingIamActionAndResourceWhenEcsDeniesTheRead() {
        aws.ecsError("DescribeServices", 400, "AccessDeniedException",
                FakeAws.denied("ecs:DescribeServices", Optional.of(FakeAws.SERVICE_ARN)));

        NexusException e = catchThrowableOfType(NexusException.class, () -> ecs().status(PLATFORM));

        assertThat(e.getMessage()).startsWith("nexus may not call ecs:DescribeServices on arn:aws:ecs:us-west-2:"
                + "123456789012:service/nexus-platform-production-cluster/nexus-platform-production-service")
                .contains("arn:aws:sts::123456789012:assumed-role/nexus/i-0fake")
                .contains("no identity-based policy allows the ecs:DescribeServices action")
                .contains("deploy/iam-policy.json");
        assertThat(aws.ecsRequests("DescribeServices")).hasSize(1);
    }

    @Test
    void shouldNameTheHttpStatusWhenAnErrorAnswerCarriesNoErrorCode() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));

        NexusException e = catchThrowableOfType(NexusException.class, () -> ecs().status(PLATFORM));

        assertThat(e.getMessage()).isEqualTo("AWS ECS refused ecs:DescribeServices on ECS service"
                + " nexus-platform-production-service in cluster nexus-platform-production-cluster: HTTP 404");
    }

    @Test
    void shouldRetryAndAnswerWhenEcsThrottlesOnce() {
        aws.ecsSequence("DescribeServices", FakeAws.ecsErrorAnswer(400, "ThrottlingException", "Rate exceeded"),
                FakeAws.ecsAnswer(200, FakeAws.fixture("ecs-describe-services-stable.json")));

        EcsStatus status = ecs().status(PLATFORM);

        assertThat(status.stable()).isTrue();
        assertThat(aws.ecsRequests("DescribeServices")).hasSize(2);
    }

    @Test
    void shouldSayEcsKeptThrottlingWhenEveryAttemptIsThrottled() {
        aws.ecsError("DescribeServices", 400, "ThrottlingException", "Rate exceeded");

        NexusException e = catchThrowableOfType(NexusException.class, () -> ecs().status(PLATFORM));

        assertThat(e.getMessage()).isEqualTo("AWS kept throttling nexus's ecs:DescribeServices calls (3 attempts with"
                + " backoff) and nothing was done; try again in a minute");
        assertThat(aws.ecsRequests("DescribeServices")).hasSize(3);
    }

    @Test
    void shouldSayEcsDidNotAnswerInTimeWhenItHangs() {
        server.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(FakeAws.ECS_TARGET + "DescribeServices"))
                .willReturn(aResponse().withFixedDelay(3_000).withStatus(200).withBody("{}")));
        try (AwsServices impatient = aws.services(aws.settings(CLOCK)
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(800)))) {

            NexusException e = catchThrowableOfType(NexusException.class,
                    () -> impatient.ecs(Optional.of(FakeAws.REGION)).status(PLATFORM));

            assertThat(e.getMessage()).isEqualTo("AWS ECS did not answer in time when nexus called ecs:DescribeServices"
                    + " on ECS service nexus-platform-production-service in cluster nexus-platform-production-cluster");
        }
    }

    @Test
    void shouldSayAwsIsNotConfiguredWhenTheCredentialChainFindsNothing() {
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-stable.json"));
        try (AwsServices unconfigured = aws.services(aws.settings(CLOCK), FakeAws.NO_KEYS)) {

            NexusException e = catchThrowableOfType(NexusException.class,
                    () -> unconfigured.ecs(Optional.of(FakeAws.REGION)).status(PLATFORM));

            assertThat(e.getMessage()).isEqualTo("AWS is not configured here: no credentials (AWS_ACCESS_KEY_ID,"
                    + " AWS_PROFILE, web identity or ~/.aws)");
            assertThat(aws.ecsRequests("DescribeServices")).isEmpty();
        }
    }

    private LoggedRequest single(String operation) {
        assertThat(aws.ecsRequests(operation)).hasSize(1);
        return aws.ecsRequests(operation).get(0);
    }
}
