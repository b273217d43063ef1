package com.nexus.chatops.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NexusConfigTest {

    @Test
    void shouldAcceptNamesAndAliasesWhenListingSeverityWords() {
        NexusConfig config = NexusConfig.defaults();

        assertThat(config.severityWords()).containsEntry("sev1", "sev1").containsEntry("p0", "sev1")
                .containsEntry("p1", "sev1").containsEntry("p2", "sev2").containsEntry("p3", "sev3")
                .containsEntry("p4", "sev4").containsEntry("sev4", "sev4").hasSize(9);
        assertThat(config.severity("P1")).map(Severity::name).contains("sev1");
        assertThat(config.severity("sev9")).isEmpty();
    }

    @Test
    void shouldFollowTheRunbookTableWhenUsingDefaults() {
        NexusConfig config = NexusConfig.defaults();

        assertThat(config.severities().keySet()).containsExactly("sev1", "sev2", "sev3", "sev4");
        assertThat(config.severities().get("sev1")).isEqualTo(
                new Severity("sev1", "Complete outage", 15, 15, true, java.util.List.of("p0", "p1")));
        assertThat(config.severities().get("sev3").responseMinutes()).isEqualTo(120);
        assertThat(config.severities().get("sev4").updateEvery()).isEmpty();
        assertThat(config.channels()).isEqualTo(new Channels("#nexus-status", "incident"));
        assertThat(config.services()).isEmpty();
        assertThat(config.service("core-api")).isEmpty();
    }
}
