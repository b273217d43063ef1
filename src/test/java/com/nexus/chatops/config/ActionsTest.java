package com.nexus.chatops.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionsTest {

    @Test
    void shouldExpandGroupsWhenAGroupIsNamed() {
        assertThat(Actions.expand(List.of("k8s.read", "aws.read", "pagerduty.ack"))).containsExactlyInAnyOrder(
                "k8s.pods", "k8s.logs", "k8s.events", "k8s.history",
                "ecs.status", "rds.status", "cloudwatch.alarms", "pagerduty.ack");
    }

    @Test
    void shouldKnowIncidentAndGuardedActionsWhenAsked() {
        assertThat(Actions.isKnown("k8s.rollback")).isTrue();
        assertThat(Actions.isKnown("incident.declare")).isTrue();
        assertThat(Actions.isKnown("k8s.delete")).isFalse();
        assertThat(Actions.isIncident("incident.resolve")).isTrue();
        assertThat(Actions.isIncident("k8s.scale")).isFalse();
    }
}
