package com.nexus.chatops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pagerduty: section and services.<name>.pagerduty.routingKey. */
class PagerDutySettingsTest {
    private static final String KEY = "R0123456789abcdef0123456789ABCDE";

    @Test
    void shouldMapP1ToP4AndDeclareHighUrgencyWhenTheSectionIsLeftOut() {
        NexusConfig config = ConfigLoader.read("services:\n  core-api: { pagerduty: { serviceId: PABC123 } }\n",
                Path.of("nexus.yml"));

        PagerDutySettings pd = config.pagerduty();
        assertThat(pd.severityFor("P1")).contains("sev1");
        assertThat(pd.severityFor("p4")).contains("sev4");
        assertThat(pd.severityFor("P5")).isEmpty();
        assertThat(pd.autoDeclareUrgencies()).containsExactly("high");
        assertThat(pd.stormWindowMinutes()).isEqualTo(10);
    }

    @Test
    void shouldReadTheMappingUrgenciesServicesWindowAndRoutingKeyWhenGiven() {
        NexusConfig config = ConfigLoader.read("""
                services:
                  core-api: { pagerduty: { serviceId: PABC123, routingKey: %s } }
                pagerduty:
                  priorities: { SEV-A: sev1, SEV-B: sev3 }
                  autoDeclare: { urgencies: [high, low], services: [core-api] }
                  stormWindowMinutes: 0
                """.formatted(KEY), Path.of("nexus.yml"));

        PagerDutySettings pd = config.pagerduty();
        assertThat(pd.priorities()).containsExactly(java.util.Map.entry("SEV-A", "sev1"),
                java.util.Map.entry("SEV-B", "sev3"));
        assertThat(pd.autoDeclareUrgencies()).containsExactly("high", "low");
        assertThat(pd.autoDeclareServices()).containsExactly("core-api");
        assertThat(pd.stormWindowMinutes()).isZero();
        assertThat(config.service("core-api").flatMap(Service::pagerduty).flatMap(PagerDutyRef::routingKey))
                .contains(KEY);
        assertThat(config.serviceByPagerDutyId("PABC123").map(Service::name)).contains("core-api");
        assertThat(config.serviceByPagerDutyId("PNOPE99")).isEqualTo(Optional.empty());
    }

    @Test
    void shouldReportEveryPagerDutyMistakeAtOnceWhenSeveralAreWrong() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.read("""
                services:
                  core-api: { pagerduty: { serviceId: PABC123, routingKey: short } }
                pagerduty:
                  priorities: { P1: sev9 }
                  autoDeclare: { urgencies: [urgent], services: [payments], when: always }
                  stormWindowMinutes: -1
                  storms: true
                """, Path.of("nexus.yml")));

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "nexus.yml: services.core-api.pagerduty.routingKey: is not an Events API v2 integration key"
                        + " (32 letters and digits, from the service's Events API v2 integration)",
                "nexus.yml: pagerduty: unknown key \"storms\"" + " (known: priorities, autoDeclare, stormWindowMinutes)",
                "nexus.yml: pagerduty.priorities.P1: unknown severity \"sev9\" (known: sev1, sev2, sev3, sev4)",
                "nexus.yml: pagerduty.autoDeclare: unknown key \"when\" (known: urgencies, services)",
                "nexus.yml: pagerduty.autoDeclare.urgencies[0]: \"urgent\" is not a PagerDuty urgency; use high or low",
                "nexus.yml: pagerduty.autoDeclare.services[0]: unknown service \"payments\" (known: core-api)",
                "nexus.yml: pagerduty.stormWindowMinutes: must be between 0 (off) and 1440, found -1");
    }

    @Test
    void shouldKeepOnlyKnownSeveritiesInTheDefaultMappingWhenTheFileDefinesItsOwn() {
        NexusConfig config = ConfigLoader.read("""
                severities:
                  sev1: { responseMinutes: 15 }
                  sev2: { responseMinutes: 30 }
                """, Path.of("nexus.yml"));

        assertThat(config.pagerduty().priorities()).containsOnlyKeys("P1", "P2");
        assertThat(config.pagerduty().autoDeclareServices()).isEqualTo(List.of());
    }
}
