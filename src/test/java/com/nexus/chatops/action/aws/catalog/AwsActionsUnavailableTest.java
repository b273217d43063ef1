package com.nexus.chatops.action.aws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the guard says first, before any policy rule, for an AWS command nexus.yml cannot point anywhere. */
class AwsActionsUnavailableTest {
    private static final NexusConfig CONFIG = ConfigLoader.load(Path.of("nexus.example.yml"));
    private final AwsActions aws = new AwsActions(CONFIG, () -> {
        throw new AssertionError("no AWS client is made to say what is missing");
    });

    @Test
    void shouldNameAServiceWithoutAnEcsServiceOrRdsInstance() {
        assertThat(aws.unavailable(new ActionRequest.EcsStatus("core-api")))
                .hasValueSatisfying(m -> assertThat(m).contains("core-api", "services.core-api.aws.ecs"));
        assertThat(aws.unavailable(new ActionRequest.RdsStatus("core-api")))
                .hasValueSatisfying(m -> assertThat(m).contains("services.core-api.aws.rds"));
    }

    @Test
    void shouldLetAConfiguredAwsServiceThrough() {
        assertThat(aws.unavailable(new ActionRequest.EcsStatus("platform"))).isEmpty();
        assertThat(aws.unavailable(new ActionRequest.RdsStatus("platform"))).isEmpty();
        assertThat(aws.unavailable(new ActionRequest.Alarms(Optional.empty()))).isEmpty();
    }

    @Test
    void shouldNameAnUnknownService() {
        assertThat(aws.unavailable(new ActionRequest.EcsStatus("nope")))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Unknown service `nope`"));
    }
}
