package com.nexus.chatops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Semantic mistakes in nexus.yml: all of them reported together, each with its key path. */
class ConfigValidationTest {

    @Test
    void shouldReportEveryMistakeWhenTheFileHasSeveral() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(Resources.config("invalid.yml")));

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "invalid.yml: services.payments.kubernetes: \"namespace\" is required",
                "invalid.yml: services.core-api.kubernetes.replicas.max: must be at least min (5), found 3",
                "invalid.yml: policy[0].allow[0]: unknown role \"oncall\" (known: leads)",
                "invalid.yml: policy[1].severities[0]: unknown severity \"sev9\" (known: sev1, sev2)");
        assertThat(e.getMessage().lines()).hasSize(4);
    }

    @Test
    void shouldRefuseANegativeArchiveDelayWhenChannelsSayWhenToArchive() {
        ConfigException e = problemsOf("channels:\n  archiveAfterHours: -1\n");

        assertThat(e.problems()).singleElement().asString().contains("channels.archiveAfterHours")
                .contains("from 0 (never archive)");
    }

    @Test
    void shouldSuggestTheKeyWhenAKeyIsMisspelt() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(Resources.config("typo.yml")));

        assertThat(e.problems()).contains("typo.yml: services.core-api.kubernetes: unknown key \"namepsace\""
                + " (did you mean \"namespace\"?)");
    }

    @Test
    void shouldSuggestTheSectionWhenATopLevelKeyIsMisspelt() {
        ConfigException e = problemsOf("serivces:\n  core-api: { pagerduty: { serviceId: PABC123 } }\n");

        assertThat(e.getMessage()).contains("unknown key \"serivces\" (did you mean \"services\"?)");
    }

    @Test
    void shouldSuggestTheActionWhenAnActionIsMisspelt() {
        ConfigException e = problemsOf("""
                roles: { leads: { users: [U222] } }
                policy:
                  - { actions: [k8s.rollbak, k8s.read], allow: [leads] }
                """);

        assertThat(e.problems()).containsExactly(
                "nexus.yml: policy[0].actions[0]: unknown action \"k8s.rollbak\" (did you mean \"k8s.rollback\"?)");
    }

    @Test
    void shouldRefuseWhenARuleWouldRestrictDeclaring() {
        ConfigException e = problemsOf("""
                roles: { leads: { users: [U222] } }
                policy:
                  - { actions: [incident.declare, incident.update], allow: [leads] }
                """);

        assertThat(e.getMessage()).contains("policy[0]: limits \"incident.declare\" with allow");
    }

    @Test
    void shouldReportServiceRoleAndSeverityShapesWhenTheyAreWrong() {
        ConfigException e = problemsOf("""
                channels: { stakeholders: nexus-status, incidentPrefix: Incident }
                severities:
                  sev1: { responseMinutes: 0, aliases: [p1] }
                  sev2: { responseMinutes: 30, aliases: [P1] }
                services:
                  Core_API: { pagerduty: { serviceId: PABC123 } }
                  empty: { runbooks: [x] }
                roles:
                  leads: { users: [bob], usergroups: [S1AB] }
                policy:
                  - { actions: [k8s.scale], allow: [leads], approvals: 2, cooldownSeconds: -1 }
                """);

        assertThat(e.getMessage())
                .contains("channels.stakeholders: \"nexus-status\" is not a channel")
                .contains("channels.incidentPrefix: \"Incident\" cannot start a Slack channel name")
                .contains("severities.sev1.responseMinutes: must be more than 0, found 0")
                .contains("severities.sev2.aliases: \"p1\" already stands for sev1")
                .contains("services.Core_API: \"Core_API\" is not a usable service name")
                .contains("services.empty: names no kubernetes, aws or pagerduty section")
                .contains("roles.leads.users[0]: \"bob\" is not a Slack user id")
                .contains("policy[0]: \"approvals\" is 2 but no \"approvers\" are named")
                .contains("policy[0].cooldownSeconds: must be 0 or more, found -1");
    }

    @Test
    void shouldUseDefaultsWhenSectionsAreLeftOut() {
        NexusConfig config = ConfigLoader.read("services:\n  web: { pagerduty: { serviceId: PABC123 } }\n",
                Path.of("nexus.yml"));

        assertThat(config.channels()).isEqualTo(Channels.defaults());
        assertThat(config.severities()).isEqualTo(NexusConfig.defaults().severities());
        assertThat(config.roles()).isEmpty();
        assertThat(config.policy()).isEmpty();
    }

    @Test
    void shouldStoreCanonicalSeveritiesWhenARuleUsesAnAlias() {
        NexusConfig config = ConfigLoader.read("""
                roles: { leads: { users: [U222] } }
                policy: [ { actions: [k8s.rollback], allow: [leads], severities: [P0, sev2] } ]
                """, Path.of("nexus.yml"));

        assertThat(config.policy().get(0).severities()).containsExactly("sev1", "sev2");
    }

    @Test
    void shouldNameThePathWhenTheFileIsMissing() {
        Path missing = Path.of("no-such-dir", "nexus.yml");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(missing));

        assertThat(e.getMessage()).startsWith("nexus.yml: file not found: ")
                .contains(missing.toAbsolutePath().toString());
    }

    private static ConfigException problemsOf(String yaml) {
        return catchThrowableOfType(ConfigException.class, () -> ConfigLoader.read(yaml, Path.of("nexus.yml")));
    }
}
