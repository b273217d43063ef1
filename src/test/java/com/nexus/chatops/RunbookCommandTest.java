package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.NexusProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `nexus runbook lint` at the terminal: what it prints and its exit code, for CI and for people editing runbooks. */
class RunbookCommandTest {
    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void shouldPassAndSayWhatItCheckedWhenLintingTheShippedRunbooks() {
        var result = NexusProcess.run(REPO, Map.of(), "", "runbook", "lint");

        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout()).matches("(?s)runbook lint: \\d+ runbooks in runbooks \\(services from"
                + " nexus.example.yml, seeds in docs/seeds\\): no problems\\s*");
    }

    @Test
    void shouldExitOneNamingFileLineAndStepWhenARunbookIsBroken() throws Exception {
        Path broken = Files.writeString(dir.resolve("high-error-rate.yml"), """
                id: high-error-rate
                title: API high error rate
                summary: Errors.
                steps:
                  investigate:
                    - text: History.
                      run: k8s.histroy {service}
                """);

        var result = NexusProcess.run(REPO, Map.of(), "", "runbook", "lint", dir.toString());

        assertThat(result.exitCode()).isEqualTo(RunbookCommand.PROBLEMS);
        assertThat(result.stdout()).contains(broken + ":7: step investigate-1 (run): unknown action \"k8s.histroy\"")
                .contains("nexus.example.yml: services.core-api.runbooks[1]: names runbook \"high-latency\"")
                .contains("runbook lint: 8 problems; read 1 runbook in " + dir);
        assertThat(result.stderr()).doesNotContain("Exception");
    }

    @Test
    void shouldSayWhichCatalogItUsesWhenAskedForHelp() {
        var result = NexusProcess.run(REPO, Map.of(), "", "runbook", "lint", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("--config, else NEXUS_CONFIG, else ./nexus.yml, else ./nexus.")
                .contains("NEXUS_RUNBOOKS").contains("--seeds");
    }

    @Test
    void shouldUseTheConfigNexusConfigNamesWhenNoConfigOptionIsGiven() throws Exception {
        Path config = Files.writeString(dir.resolve("nexus.yml"), "services:\n  web:\n"
                + "    kubernetes: { namespace: prod, deployment: web }\n");
        StringWriter out = new StringWriter();

        int exit = RunbookCommand.lint(Path.of("runbooks"), null, Path.of("docs/seeds"),
                Map.of("NEXUS_CONFIG", config.toString()), new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(exit).isEqualTo(RunbookCommand.PROBLEMS);
        assertThat(out.toString()).contains("match.services[0]: unknown service \"core-api\"")
                .contains("(services from " + config + ", seeds in docs/seeds)");
    }

    @Test
    void shouldExitTwoListingTheCatalogsProblemsWhenTheCatalogIsInvalid() throws Exception {
        Path config = Files.writeString(dir.resolve("nexus.yml"), "services:\n  web: {}\n");
        StringWriter err = new StringWriter();

        int exit = RunbookCommand.lint(Path.of("runbooks"), config, Path.of("docs/seeds"), Map.of(),
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(exit).isEqualTo(Startup.CONFIG_ERROR);
        assertThat(err.toString()).startsWith("runbook lint: " + config + " cannot be used as the catalog:")
                .contains("services.web: names no kubernetes, aws or pagerduty section");
    }
}
