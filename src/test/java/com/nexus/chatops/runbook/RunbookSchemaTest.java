package com.nexus.chatops.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not runbooks: YAML mistakes and schema violations, each with its line, in an author's words. */
class RunbookSchemaTest {
    @TempDir
    Path dir;

    private String problems(String yaml) {
        Path file = Files.write(dir, "x.yml", yaml);
        return String.join("\n", RunbookReader.read(dir).problems().stream().map(Problem::toString).toList())
                .replace(file.toString(), "x.yml");
    }

    @Test
    void shouldSuggestTheKnownKeyWhenAKeyIsMisspelt() {
        String problems = problems(Files.MINIMAL.formatted("x") + """
                steps:
                  investigate:
                    - text: Pods.
                      rnu: k8s.pods {service}
                """);

        assertThat(problems).isEqualTo("x.yml:7: step investigate-1 (rnu): unknown key \"rnu\" (did you mean"
                + " \"run\"?); known: text, run, command, if, when, for");
    }

    @Test
    void shouldNameTheMissingKeysWhenRequiredOnesAreAbsent() {
        String problems = problems("id: x\nsteps:\n  investigate:\n    - run: k8s.pods {service}\n");

        assertThat(problems).contains("x.yml:1: \"title\" is required", "x.yml:1: \"summary\" is required",
                "x.yml:4: step investigate-1: \"text\" is required");
    }

    @Test
    void shouldSuggestTheSignalWhenWhenIsMisspelt() {
        String problems = problems(Files.MINIMAL.formatted("x") + """
                steps:
                  resolve:
                    - text: Roll back.
                      when: recent-deplyo
                """);

        assertThat(problems).isEqualTo("x.yml:7: step resolve-1 (when): \"recent-deplyo\" is not one of"
                + " recent-deploy, resource-constraint, crash-loop, out-of-memory (did you mean \"recent-deploy\"?)");
    }

    @Test
    void shouldSuggestTheStageWhenAStageIsMisspelt() {
        String problems = problems(Files.MINIMAL.formatted("x") + "steps:\n  investgate:\n    - text: A.\n");

        assertThat(problems).startsWith("x.yml:5: steps.investgate: unknown key \"investgate\" (did you mean"
                + " \"investigate\"?)");
    }

    @Test
    void shouldAskForAQuotedSeedNumberWhenTheSeedIsWrittenAsANumber() {
        String problems = problems(Files.MINIMAL.formatted("x") + """
                sources:
                  - { seed: 4, section: "Service Down - Immediate Response" }
                steps:
                  investigate:
                    - text: A.
                """);

        assertThat(problems).isEqualTo("x.yml:5: sources[0].seed: must be text, found a number");
    }

    @Test
    void shouldExplainTheIdFormWhenTheIdIsNotUsable() {
        String problems = problems(Files.MINIMAL.formatted("High_Error") + "steps:\n  investigate:\n    - text: A.\n");

        assertThat(problems).isEqualTo("x.yml:1: id: \"High_Error\" is not a usable id; use lowercase letters,"
                + " digits and '-', e.g. high-error-rate");
    }

    @Test
    void shouldPointAtTheLineWhenTheYamlIsBroken() {
        String problems = problems("id: x\nsteps: [a\ntitle: y\n");

        assertThat(problems).startsWith("x.yml:3: is not valid YAML: ").contains("flow sequence")
                .doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    void shouldRefuseAKeyWrittenTwiceWhenAMappingRepeatsIt() {
        String problems = problems(Files.MINIMAL.formatted("x") + "title: again\nsteps:\n  investigate:\n"
                + "    - text: A.\n");

        assertThat(problems).isEqualTo("x.yml:4: is not valid YAML: key \"title\" appears twice in the same"
                + " mapping; keep one");
    }

    @Test
    void shouldSayTheFileIsEmptyWhenItHasNoContent() {
        assertThat(problems("# nothing yet\n")).isEqualTo("x.yml:1: is empty; a runbook needs id, title, summary"
                + " and steps");
    }

    @Test
    void shouldAskForAtLeastOneStepWhenAStageIsAnEmptyList() {
        assertThat(problems(Files.MINIMAL.formatted("x") + "steps:\n  investigate: []\n"))
                .isEqualTo("x.yml:5: steps.investigate: must list at least one step");
    }
}
