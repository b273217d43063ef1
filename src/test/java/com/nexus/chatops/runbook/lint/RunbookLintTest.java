package com.nexus.chatops.runbook.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.runbook.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `runbook lint` over a directory holding the three runbooks nexus.example.yml names plus one broken file: each
 * kind of mistake is reported alone, naming the file, the line and the step.
 */
class RunbookLintTest {
    private static final Path CONFIG = Path.of("nexus.example.yml");
    private static final NexusConfig EXAMPLE = ConfigLoader.load(CONFIG);
    private static final Path SEEDS = Path.of("docs/seeds");

    @TempDir
    Path dir;

    private Path write(String id, String yaml) throws IOException {
        return Files.writeString(dir.resolve(id + ".yml"), "id: " + id + "\ntitle: T\nsummary: S.\n" + yaml);
    }

    @BeforeEach
    void namedByTheExample() throws IOException {
        for (String id : List.of("high-error-rate", "high-latency", "pod-crashlooping")) {
            write(id, "steps:\n  investigate:\n    - text: Pods.\n      run: k8s.pods {service}\n");
        }
    }

    private List<String> lint() {
        LintReport report = RunbookLint.lint(dir, EXAMPLE, CONFIG, SEEDS);
        return report.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void shouldPassWhenEveryRunbookIsValid() throws IOException {
        write("ecs", """
                match: { patterns: ['ecs'], services: [platform] }
                sources:
                  - { seed: "004", section: "Service Down - Immediate Response" }
                steps:
                  investigate:
                    - text: Status.
                      run: ecs.status {service}
                """);

        LintReport report = RunbookLint.lint(dir, EXAMPLE, CONFIG, SEEDS);

        assertThat(report.problems()).isEmpty();
        assertThat(report.runbooks()).isEqualTo(4);
        assertThat(report.clean()).isTrue();
    }

    @Test
    void shouldNameFileLineAndStepWhenAStepRunsAnUnknownAction() throws IOException {
        Path file = write("broken", "steps:\n  investigate:\n    - text: Pods.\n      run: k8s.pods {service}\n"
                + "    - text: History.\n      run: k8s.histroy {service}\n");

        assertThat(lint()).containsExactly(file + ":9: step investigate-2 (run): unknown action \"k8s.histroy\""
                + " (did you mean \"k8s.history\"?); actions are the policy action names of nexus.yml, e.g. k8s.history");
    }

    @Test
    void shouldNameFileLineAndStepWhenAStepActsOnAnUnknownService() throws IOException {
        Path file = write("broken", "steps:\n  resolve:\n    - text: Roll back.\n      run: k8s.rollback core-apj\n");

        assertThat(lint()).containsExactly(file + ":7: step resolve-1 (run): unknown service \"core-apj\" (did you"
                + " mean \"core-api\"?)");
    }

    @Test
    void shouldNameBothPlacesWhenTwoFilesUseOneId() throws IOException {
        Path copy = Files.writeString(dir.resolve("zz-copy.yml"), "title: T\nsummary: S.\nid: high-latency\n"
                + "steps:\n  investigate:\n    - text: A.\n");

        assertThat(lint()).containsExactly(copy + ":3: id: \"high-latency\" is already the id of "
                + dir.resolve("high-latency.yml") + ":1");
    }

    @Test
    void shouldNameFileAndLineWhenAMatchPatternDoesNotCompile() throws IOException {
        Path file = write("broken", "match:\n  patterns:\n    - 'latency'\n    - 'error (rate'\n"
                + "steps:\n  investigate:\n    - text: A.\n");

        assertThat(lint()).containsExactly(file + ":7: match.patterns[1]: \"error (rate\" is not a valid regular"
                + " expression: Unclosed group near character 11");
    }

    @Test
    void shouldNameFileAndLineWhenACitedSeedSectionDoesNotExist() throws IOException {
        Path file = write("broken", """
                sources:
                  - { seed: "000", section: "6.2 Incident Process" }
                  - { seed: "000", section: "Kafka Consumer Lag" }
                steps:
                  investigate:
                    - text: A.
                """);

        assertThat(lint()).containsExactly(file + ":6: sources[1]: seed 000 has no section \"Kafka Consumer Lag\"");
    }

    @Test
    void shouldSayWhereSeedsAreLookedUpWhenTheSeedsDirectoryIsMissing() {
        Path missing = dir.resolve("no-seeds");

        assertThat(RunbookLint.lint(dir, EXAMPLE, CONFIG, missing).problems()).extracting(Problem::toString)
                .containsExactly(missing + ": no such directory: the seed runbooks that runbooks cite are looked up"
                        + " here (--seeds DIR)");
    }
}
