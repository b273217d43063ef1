package com.nexus.chatops.action.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AwsServices as production makes it, with nothing but the SDK's defaults: credentials, region and endpoint come
 * from the SDK's own settings. Its system properties stand for AWS_ACCESS_KEY_ID, AWS_REGION and AWS_ENDPOINT_URL,
 * read by the same providers; they are set for one test and restored.
 */
class DefaultChainWireMockTest extends AwsWireMockTestBase {
    private static final Map<String, String> SETTINGS = Map.of("aws.accessKeyId", "fake-test-chain-key",
            "aws.secretAccessKey", "fake-test-chain-secret", "aws.region", "eu-west-1");
    private final Map<String, String> before = new HashMap<>();

    @BeforeEach
    void useTheDefaults() {
        Map<String, String> settings = new HashMap<>(SETTINGS);
        settings.put("aws.endpointUrl", server.baseUrl());
        settings.forEach((key, value) -> {
            before.put(key, System.getProperty(key));
            System.setProperty(key, value);
        });
    }

    @AfterEach
    void restore() {
        before.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    void shouldUseTheChainsCredentialsRegionAndEndpointWhenNexusYmlNamesNoRegion() {
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-stable.json"));

        try (AwsServices defaults = AwsServices.connect()) {
            defaults.ecs(Optional.empty()).status(PLATFORM);
        }

        assertThat(aws.ecsRequests("DescribeServices")).singleElement().satisfies(r ->
                assertThat(r.getHeader("Authorization")).contains("Credential=fake-test-chain-key/")
                        .contains("/eu-west-1/ecs/aws4_request"));
    }

    @Test
    void shouldSignForTheServicesRegionWhenNexusYmlNamesOne() {
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-stable.json"));

        try (AwsServices defaults = AwsServices.connect()) {
            defaults.ecs(Optional.of("us-west-2")).status(PLATFORM);
        }

        assertThat(aws.ecsRequests("DescribeServices").get(0).getHeader("Authorization"))
                .contains("/us-west-2/ecs/aws4_request");
    }
}
