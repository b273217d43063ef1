package com.nexus.chatops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A service's aws: section: region, ECS count bounds and the CloudWatch alarm prefix. */
class AwsConfigTest {

    @Test
    void shouldReadRegionBoundsAndAlarmPrefixWhenTheSectionNamesThem() {
        Service platform = service("""
                services:
                  platform:
                    aws:
                      region: eu-central-1
                      ecs: { cluster: c1, service: s1, count: { min: 2, max: 6 } }
                      alarmPrefix: platform-prod-
                """);

        assertThat(platform.awsRegion()).contains("eu-central-1");
        assertThat(platform.ecs()).contains(new Ecs("c1", "s1", new Replicas(2, 6)));
        assertThat(platform.alarmPrefix()).isEqualTo("platform-prod-");
    }

    @Test
    void shouldFallBackToDefaultBoundsAndTheServiceNameWhenTheyAreLeftOut() {
        Service platform = service("services:\n  platform:\n    aws: { ecs: { cluster: c1, service: s1 } }\n");

        assertThat(platform.awsRegion()).isEmpty();
        assertThat(platform.ecs().orElseThrow().count()).isEqualTo(Replicas.DEFAULT);
        assertThat(platform.alarmPrefix()).isEqualTo("platform");
    }

    @Test
    void shouldAcceptAnAlarmPrefixAloneWhenAServiceHasOnlyAlarms() {
        Service edge = service("services:\n  edge:\n    aws: { alarmPrefix: edge-cdn }\n");

        assertThat(edge.ecs()).isEmpty();
        assertThat(edge.rds()).isEmpty();
        assertThat(edge.alarmPrefix()).isEqualTo("edge-cdn");
    }

    @Test
    void shouldReportEveryAwsMistakeWhenTheSectionHasSeveral() {
        ConfigException e = problemsOf("""
                services:
                  platform:
                    aws:
                      region: US-West
                      ecs: { cluster: c1, service: s1, count: { min: 4, max: 2 } }
                      alarmprefix: x
                  big:
                    aws: { ecs: { cluster: c1, service: s2, count: { min: 1, max: 5000 } } }
                  blank:
                    aws: { alarmPrefix: "" }
                """);

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "nexus.yml: services.platform.aws: unknown key \"alarmprefix\" (did you mean \"alarmPrefix\"?)",
                "nexus.yml: services.platform.aws.region: \"US-West\" is not an AWS region code (e.g. us-west-2)",
                "nexus.yml: services.platform.aws.ecs.count.max: must be at least min (4), found 2",
                "nexus.yml: services.big.aws.ecs.count.max: must be at most 1000, found 5000",
                "nexus.yml: services.blank.aws.alarmPrefix: must be the start of CloudWatch alarm names: 1 to 255"
                        + " characters, no control characters",
                "nexus.yml: services.blank.aws: needs an ecs or an rds section (or at least an alarmPrefix)");
    }

    private static Service service(String yaml) {
        NexusConfig config = ConfigLoader.read(yaml, Path.of("nexus.yml"));
        return config.services().values().iterator().next();
    }

    private static ConfigException problemsOf(String yaml) {
        return catchThrowableOfType(ConfigException.class, () -> ConfigLoader.read(yaml, Path.of("nexus.yml")));
    }
}
