package com.nexus.chatops.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runbooks nexus starts with: NEXUS_RUNBOOKS, valid against nexus.yml, or every problem at once. */
class RunbookLoaderTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadTheDirectoryNamedByTheEnvironmentWhenNexusRunbooksIsSet() {
        Files.runbook(dir, "pod-crashlooping", "  investigate:\n    - text: Pods.\n      run: k8s.pods {service}\n");
        Files.runbook(dir, "high-error-rate", "  investigate:\n    - text: History.\n      run: k8s.history {service}\n");
        Files.runbook(dir, "high-latency", "  investigate:\n    - text: Pods.\n      run: k8s.pods {service}\n");

        Runbooks runbooks = RunbookLoader.load(Map.of("NEXUS_RUNBOOKS", dir.toString()), Catalog.EXAMPLE);

        assertThat(runbooks.all()).extracting(Runbook::id)
                .containsExactly("high-error-rate", "high-latency", "pod-crashlooping");
        assertThat(runbooks.get("high-latency")).isPresent();
        assertThat(runbooks.nearest("high-latncy")).contains("high-latency");
    }

    @Test
    void shouldDefaultToRunbooksWhenTheVariableIsUnsetOrBlank() {
        assertThat(RunbookLoader.directory(Map.of())).isEqualTo(Path.of("runbooks"));
        assertThat(RunbookLoader.directory(Map.of("NEXUS_RUNBOOKS", "  "))).isEqualTo(Path.of("runbooks"));
    }

    @Test
    void shouldListEveryProblemWithFileAndLineWhenRunbooksAreBroken() {
        Path broken = Files.runbook(dir, "high-error-rate",
                "  investigate:\n    - text: History.\n      run: k8s.histroy {service}\n");

        RunbookException e = catchThrowableOfType(RunbookException.class,
                () -> RunbookLoader.load(dir, Catalog.EXAMPLE));

        assertThat(e.problems()).extracting(Problem::toString).contains(
                broken + ":7: step investigate-1 (run): unknown action \"k8s.histroy\" (did you mean \"k8s.history\"?);"
                        + " actions are the policy action names of nexus.yml, e.g. k8s.history",
                "nexus.example.yml: services.core-api.runbooks[1]: names runbook \"high-latency\", which is not in "
                        + dir);
        assertThat(e.getMessage().lines()).hasSize(e.problems().size());
    }

    @Test
    void shouldRefuseTheDirectoryWhenTheVariableNamesOneThatDoesNotExist() {
        Path missing = dir.resolve("missing");

        RunbookException e = catchThrowableOfType(RunbookException.class,
                () -> RunbookLoader.load(Map.of("NEXUS_RUNBOOKS", missing.toString()), Catalog.EXAMPLE));

        assertThat(e.getMessage()).isEqualTo(missing + ": no such directory");
    }
}
