package com.nexus.chatops.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.config.Service;
import org.junit.jupiter.api.Test;

/** Filling a runbook's placeholders from a service of nexus.example.yml. */
class PlaceholdersTest {
    private static final Service CORE_API = Catalog.EXAMPLE.service("core-api").orElseThrow();
    private static final Service PLATFORM = Catalog.EXAMPLE.service("platform").orElseThrow();

    @Test
    void shouldFillTheKubernetesNamesWhenTheServiceRunsOnKubernetes() {
        assertThat(Placeholders.fill("kubectl -n {namespace} exec -it deploy/{deployment} -- sh # {service}", CORE_API))
                .isEqualTo("kubectl -n nexus-prod exec -it deploy/nexus-core-api -- sh # core-api");
    }

    @Test
    void shouldFillTheAwsNamesWhenTheServiceRunsOnEcsAndRds() {
        assertThat(Placeholders.fill("--cluster {ecs.cluster} --service {ecs.service} {rds.instance}", PLATFORM))
                .isEqualTo("--cluster nexus-platform-production-cluster --service nexus-platform-production-service"
                        + " nexus-platform-production-db");
    }

    @Test
    void shouldLeaveOtherBracesAndUnavailableNamesAloneWhenFilling() {
        String jsonpath = "kubectl get secret tls-cert -o jsonpath='{.data.tls\\.crt}' {range .items[*]}{end}";

        assertThat(Placeholders.fill(jsonpath, CORE_API)).isEqualTo(jsonpath);
        assertThat(Placeholders.fill("deploy/{deployment} {rds.instance}", PLATFORM))
                .isEqualTo("deploy/{deployment} nexus-platform-production-db");
    }
}
