package com.nexus.chatops.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The nexus.example.yml shipped at the repository root. */
class ExampleConfigTest {
    private static final Path EXAMPLE = Path.of("nexus.example.yml");

    @Test
    void shouldLoadWhenReadingTheShippedExample() {
        NexusConfig config = ConfigLoader.load(EXAMPLE);

        assertThat(config.channels()).isEqualTo(new Channels("#nexus-status", "incident"));
        assertThat(config.severities()).containsOnlyKeys("sev1", "sev2", "sev3", "sev4");
        assertThat(config.roles()).containsOnlyKeys("responders", "leads");
        assertThat(config.policy()).hasSize(3);
        assertThat(config.source()).isEqualTo(EXAMPLE);
    }

    @Test
    void shouldBoundEveryProductionServiceWhenReadingTheExample() {
        NexusConfig config = ConfigLoader.load(EXAMPLE);
        Map<String, Replicas> expected = Map.of(
                "frontend", new Replicas(2, 4), "api-gateway", new Replicas(2, 2),
                "auth-service", new Replicas(2, 3), "core-api", new Replicas(3, 5),
                "metrics-api", new Replicas(2, 3), "connector-service", new Replicas(2, 4));

        expected.forEach((name, replicas) -> {
            Kubernetes kubernetes = config.service(name).flatMap(Service::kubernetes).orElseThrow();
            assertThat(kubernetes.namespace()).isEqualTo("nexus-prod");
            assertThat(kubernetes.deployment()).isEqualTo("nexus-" + name);
            assertThat(kubernetes.replicas()).as(name).isEqualTo(replicas);
        });
        assertThat(config.service("core-api").orElseThrow().runbooks())
                .containsExactly("high-error-rate", "high-latency", "pod-crashlooping");
    }

    @Test
    void shouldPointPlatformAtEcsAndRdsWhenReadingTheExample() {
        Service platform = ConfigLoader.load(EXAMPLE).service("platform").orElseThrow();

        assertThat(platform.ecs()).contains(new Ecs("nexus-platform-production-cluster",
                "nexus-platform-production-service", new Replicas(2, 5)));
        assertThat(platform.rds()).contains(new Rds("nexus-platform-production-db"));
        assertThat(platform.awsRegion()).contains("us-west-2");
        assertThat(platform.alarmPrefix()).isEqualTo("nexus-platform-production");
        assertThat(platform.kubernetes()).isEmpty();
    }

    @Test
    void shouldSyncPagerDutyWithPlaceholdersWhenReadingTheExample() {
        NexusConfig config = ConfigLoader.load(EXAMPLE);

        assertThat(config.pagerduty().priorities()).containsOnlyKeys("P1", "P2", "P3", "P4");
        assertThat(config.pagerduty().severityFor("P2")).contains("sev2");
        assertThat(config.pagerduty().autoDeclareUrgencies()).containsExactly("high");
        assertThat(config.pagerduty().stormWindowMinutes()).isEqualTo(10);
        assertThat(config.service("core-api").flatMap(Service::pagerduty).flatMap(PagerDutyRef::routingKey))
                .hasValueSatisfying(key -> assertThat(key).hasSize(32));
        assertThat(config.serviceByPagerDutyId("PXXXXX4").map(Service::name)).contains("core-api");
    }

    @Test
    void shouldGuardRollbacksWhenReadingTheExamplePolicy() {
        NexusConfig config = ConfigLoader.load(EXAMPLE);
        PolicyRule writes = config.policy().get(1);
        PolicyRule sev1Rollback = config.policy().get(2);

        assertThat(config.policy().get(0).expandedActions()).contains("k8s.logs", "rds.status", "pagerduty.ack");
        assertThat(writes.confirm()).isTrue();
        assertThat(writes.where()).isEqualTo(Where.INCIDENT_CHANNELS);
        assertThat(writes.cooldownSeconds()).isEqualTo(120);
        assertThat(sev1Rollback.allow()).isEmpty();
        assertThat(sev1Rollback.severities()).containsExactly("sev1");
        assertThat(sev1Rollback.approvals()).isEqualTo(1);
        assertThat(sev1Rollback.approvers()).containsExactly("leads");
    }
}
