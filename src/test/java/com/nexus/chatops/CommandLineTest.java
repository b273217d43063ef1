package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.NexusProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees at the terminal: `java … nexus <subcommand>` in a child JVM. */
class CommandLineTest {
    @TempDir
    Path dir;

    private Map<String, String> env(String config) {
        return Map.of("NEXUS_CONFIG", Path.of("src/test/resources/config", config).toAbsolutePath().toString(),
                "NEXUS_DB_URL", "jdbc:sqlite:" + dir.resolve("nexus.db"));
    }

    @Test
    void shouldPrintTheCommandListAndExitZeroWhenHelpIsPipedIntoTheConsole() {
        var result = NexusProcess.run(dir, Map.of(), "/nexus help\n", "console");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("/nexus rollback <service> [--to-revision N] [--dry-run]")
                .contains("/nexus declare").doesNotContain("&lt;");
        assertThat(result.stderr()).contains("no ./nexus.yml found").contains("Kubernetes:");
    }

    @Test
    void shouldListEveryProblemAndExitTwoWhenTheConfigurationIsInvalid() {
        var result = NexusProcess.run(dir, env("invalid.yml"), "", "console");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr())
                .contains("the configuration has 4 problems")
                .contains("services.payments.kubernetes: \"namespace\" is required")
                .contains("sev9")
                .contains("oncall")
                .contains("replicas")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void shouldPointAtTheLineAndExitTwoWhenTheYamlIsBadlyIndented() {
        var result = NexusProcess.run(dir, env("bad-indent.yml"), "", "console");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("line 3").containsIgnoringCase("indent").doesNotContain("Exception");
    }

    @Test
    void shouldRefuseToServeAndNameTheMissingSecretsWhenSlackCredentialsAreMissing() {
        var result = NexusProcess.run(dir, Map.of("NEXUS_DB_URL", "jdbc:sqlite:" + dir.resolve("nexus.db")), "",
                "serve");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("SLACK_BOT_TOKEN").contains("SLACK_SIGNING_SECRET");
    }

    @Test
    void shouldListTheSubcommandsWhenAskedForHelp() {
        var result = NexusProcess.run(dir, Map.of(), "", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("serve").contains("console");
    }

    @Test
    void shouldRunEveryLineOfAPipedScriptAndSkipCommentsWhenGivenAFile() throws Exception {
        Path script = Files.writeString(dir.resolve("script.txt"), "# warm-up\n/nexus help rollback\n\n/nexus frobnicate\n");

        var result = NexusProcess.run(dir, Map.of(), Files.readString(script), "console");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("roll a service back").contains("Unknown command `frobnicate`");
    }

    @Test
    void shouldPrintTheUsageAndExitTwoWhenGivenNoSubcommand() {
        var result = NexusProcess.run(dir, Map.of(), "");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("Usage: nexus").contains("serve").contains("console");
    }

    @Test
    void shouldListTheEnvironmentVariablesWhenAskedForServeHelp() {
        var result = NexusProcess.run(dir, Map.of(), "", "serve", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("--host").contains("Environment:").contains("SLACK_BOT_TOKEN")
                .contains("SLACK_APP_TOKEN").contains("NEXUS_PORT").contains("NEXUS_DB_URL").contains("KUBECONFIG");
    }

    @Test
    void shouldSayInOneLineThatSlackDoesNotResolveAndExitTwoWhenSlackIsUnreachable() {
        var result = NexusProcess.run(dir, Map.of("NEXUS_DB_URL", "jdbc:sqlite:" + dir.resolve("nexus.db"),
                "SLACK_BOT_TOKEN", "xoxb-0-0-not-a-token", "SLACK_SIGNING_SECRET", "not-a-secret",
                "SLACK_API_URL", "https://slack.nexus-test.invalid/api/"), "", "serve");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("nexus: could not start: Slack is unreachable at"
                        + " https://slack.nexus-test.invalid/api/: the name slack.nexus-test.invalid does not resolve (DNS)")
                .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("token is invalid")
                .doesNotContain("xoxb-0-0-not-a-token");
    }
}
