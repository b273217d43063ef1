package com.nexus.chatops.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runbooks against nexus.example.yml's services and severities, and nexus.yml's runbook lists against runbooks. */
class CatalogCheckTest {
    @TempDir
    Path dir;

    private List<String> check(String id, String yaml) {
        Path own = dir.resolve(id);
        own.toFile().mkdirs();
        Path file = Files.write(own, id + ".yml", Files.MINIMAL.formatted(id) + yaml);
        ReadResult read = RunbookReader.read(own);
        assertThat(read.problems()).isEmpty();
        return new CatalogCheck(Catalog.EXAMPLE).check(read.files()).stream()
                .map(p -> p.toString().replace(file.toString(), id + ".yml")).toList();
    }

    @Test
    void shouldSuggestTheServiceWhenAMatchServiceIsUnknown() {
        assertThat(check("x", "match:\n  services:\n    - core-api\n    - core-apj\nsteps:\n  investigate:\n"
                + "    - text: A.\n"))
                .containsExactly("x.yml:7: match.services[1]: unknown service \"core-apj\" (did you mean \"core-api\"?)");
    }

    @Test
    void shouldNameTheStepWhenItActsOnAnUnknownService() {
        assertThat(check("x", "steps:\n  investigate:\n    - text: Gateway pods.\n      run: k8s.pods gateway\n"))
                .containsExactly("x.yml:7: step investigate-1 (run): unknown service \"gateway\" (known: frontend,"
                        + " api-gateway, auth-service, core-api, metrics-api, connector-service, platform)");
    }

    @Test
    void shouldSayWhatIsMissingWhenTheNamedServiceCannotTakeTheAction() {
        assertThat(check("x", "steps:\n  investigate:\n    - text: A.\n      run: ecs.status core-api\n"))
                .containsExactly("x.yml:7: step investigate-1 (run): ecs.status acts on ecs, and core-api has no ecs"
                        + " section in nexus.yml");
    }

    @Test
    void shouldFlagAStepNoListedServiceCanTakeWhenTheRunbookIsWrittenForSomeServices() {
        assertThat(check("x", """
                match: { services: [platform] }
                steps:
                  investigate:
                    - text: Pods.
                      run: k8s.pods {service}
                    - text: Tasks.
                      run: ecs.status {service}
                """)).containsExactly("x.yml:7: step investigate-1: is a kubernetes step, and none of match.services"
                + " (platform) has kubernetes");
    }

    @Test
    void shouldSuggestTheSeverityWhenTheSeverityIsUnknown() {
        assertThat(check("x", "severity: sev5\nsteps:\n  investigate:\n    - text: A.\n"))
                .singleElement().asString().startsWith("x.yml:4: severity: unknown severity \"sev5\"");
        assertThat(check("y", "severity: P1\nsteps:\n  investigate:\n    - text: A.\n")).isEmpty();
    }

    @Test
    void shouldNameTheConfigEntryWhenNexusYmlListsARunbookThatDoesNotExist() {
        List<Problem> problems = new CatalogCheck(Catalog.EXAMPLE)
                .listedRunbooks(Set.of("high-error-rate", "pod-crashlooping"), Catalog.FILE, dir);

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "nexus.example.yml: services.core-api.runbooks[1]: names runbook \"high-latency\", which is not in "
                        + dir);
        assertThat(new CatalogCheck(Catalog.EXAMPLE).listedRunbooks(Set.of("high-error-rate", "high-latncy",
                "pod-crashlooping"), Catalog.FILE, dir)).singleElement().asString().endsWith(
                "(did you mean \"high-latncy\"?)");
    }
}
