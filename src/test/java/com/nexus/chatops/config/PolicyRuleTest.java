package com.nexus.chatops.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rules apply where an action runs: inside an incident of some severity, or outside any incident. */
class PolicyRuleTest {
    private static PolicyRule rule(List<String> severities) {
        return new PolicyRule(List.of("k8s.rollback"), List.of(), false, Where.ANY, 0, severities, 1, List.of("leads"));
    }

    @Test
    void shouldApplyASeverityRuleOnlyInsideAnIncidentOfThatSeverity() {
        PolicyRule sev1Only = rule(List.of("sev1"));

        assertThat(sev1Only.appliesAt("sev1")).isTrue();
        assertThat(sev1Only.appliesAt("sev2")).isFalse();
        assertThat(sev1Only.appliesAt(null)).isFalse();
    }

    @Test
    void shouldApplyAnUnrestrictedRuleEverywhereIncludingOutsideIncidents() {
        assertThat(rule(List.of()).appliesAt(null)).isTrue();
        assertThat(rule(List.of()).appliesAt("sev3")).isTrue();
    }
}
