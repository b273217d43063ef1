package com.nexus.chatops.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A declared title that names one catalog service gets that service, with nexus.example.yml's catalog. */
class ServiceMentionTest {
    private static final NexusConfig CONFIG = ConfigLoader.load(Path.of("nexus.example.yml"));

    @Test
    void shouldFindTheServiceWhenTheTitleNamesItOrItsDeployment() {
        assertThat(ServiceMention.in("Elevated 5xx on core-api", CONFIG)).contains("core-api");
        assertThat(ServiceMention.in("nexus-auth-service pods crashlooping", CONFIG)).contains("auth-service");
        assertThat(ServiceMention.in("CORE-API latency, again.", CONFIG)).contains("core-api");
    }

    @Test
    void shouldLeaveTheServiceOpenWhenTheTitleNamesNoneOrSeveral() {
        assertThat(ServiceMention.in("Checkout is slow", CONFIG)).isEmpty();
        assertThat(ServiceMention.in("core-api and frontend both down", CONFIG)).isEmpty();
        assertThat(ServiceMention.in("core-apiary outage", CONFIG)).isEmpty();
    }
}
