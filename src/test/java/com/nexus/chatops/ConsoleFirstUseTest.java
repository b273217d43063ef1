package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.NexusProcess;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console as a new user meets it: a child JVM in a fresh directory, lines on stdin, ./nexus.db kept. */
class ConsoleFirstUseTest {
    @TempDir
    Path dir;

    private NexusProcess.Result console(String stdin, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "console";
        System.arraycopy(args, 0, all, 1, args.length);
        return NexusProcess.run(dir, Map.of(), stdin, all);
    }

    @Test
    void shouldDeclareASecondIncidentInItsOwnChannelWhenTheConsoleIsRunAgainOnTheSameDatabase() {
        var first = console("/nexus declare sev2 Checkout errors\n");
        var second = console("/nexus declare sev2 Search slow\n/nexus status\n");

        assertThat(first.stdout()).containsPattern("\\[#incident-\\d{8}-001\\] channel created");
        assertThat(second.stdout()).containsPattern("\\[#incident-\\d{8}-002\\] channel created")
                .containsPattern("Declared #incident-\\d{8}-002 — SEV2 Search slow")
                .doesNotContain("Something went wrong").doesNotContain("UNIQUE");
        assertThat(second.stderr()).doesNotContain("UNIQUE");
        assertThat(second.exitCode()).isZero();
    }

    @Test
    void shouldNameTheIncidentChannelInTheStakeholderFooterWhenAnUpdateIsPosted() {
        var result = console("/nexus declare sev2 Checkout errors\n/nexus update identified bad deploy\n");

        assertThat(result.stdout()).containsPattern("\\[#nexus-status\\] \\*?\\[?Identified.*bad deploy")
                .containsPattern("SEV2 · Checkout errors · #incident-\\d{8}-001")
                .doesNotContain("CCONSOLE");
    }

    private Map<String, String> exampleConfig() {
        return Map.of("NEXUS_CONFIG", Path.of("nexus.example.yml").toAbsolutePath().toString(),
                "HOME", dir.toString());
    }

    @Test
    void shouldSayWhatIsMissingBeforeAnyPolicyRuleWhenNoServiceOrClusterIsConfigured() {
        var bare = NexusProcess.run(dir, Map.of("HOME", dir.toString()), "/nexus pods core-api\n", "console");
        var example = NexusProcess.run(dir, exampleConfig(), "/nexus history core-api\n", "console");

        assertThat(bare.stdout()).contains("Unknown service `core-api`: nexus.yml describes no services here")
                .doesNotContain("policy rule");
        assertThat(example.stdout()).contains("Kubernetes is not configured here: no kubeconfig")
                .contains("set KUBECONFIG").doesNotContain("HTTP -1").doesNotContain("policy rule");
    }

    @Test
    void shouldActAsTheChosenSlackUserSoTheRollbackGetsPastThePolicyWhenRunWithAs() {
        var result = NexusProcess.run(dir, exampleConfig(),
                "/nexus declare sev2 Checkout errors\n/nexus rollback core-api\n/nexus assign commander @alice\n",
                "console", "--as", "U0000000001");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).doesNotContain("Denied").contains("Kubernetes is not configured here")
                .contains("in the console, type the user ID itself");
    }

    @Test
    void shouldExitTwoAndSayWhatAUserIdLooksLikeWhenAsIsNotOne() {
        var result = console("", "--as", "alice");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--as alice is not a Slack user id").contains("U0000000001");
    }

    @Test
    void shouldDocumentAsAndTheStateFileWhenAskedForConsoleHelp() {
        var result = console("", "--help");

        assertThat(result.stdout()).contains("--as=USER_ID").contains("./nexus.db");
    }

    @Test
    void shouldMarkTheEcsCommandsInHelpUnlessAwsCredentialsArePresent() {
        var without = NexusProcess.run(dir, Map.of("HOME", dir.toString()), "/nexus help ecs\n/nexus help\n",
                "console");
        var with = NexusProcess.run(dir, Map.of("HOME", dir.toString(), "AWS_ACCESS_KEY_ID", "AKIAEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "example", "AWS_REGION", "us-west-2"), "/nexus help ecs\n", "console");

        assertThat(without.stdout()).contains("/nexus ecs redeploy <service> [--dry-run]` — force a fresh deployment"
                        + " of an ECS service, after a preview and confirmation _(needs AWS credentials)_")
                .contains("Not set up here")
                .contains("/nexus pods <service>` — list a service's pods with their status, restarts and age"
                        + " _(needs a Kubernetes connection");
        assertThat(with.stdout()).contains("/nexus ecs redeploy <service> [--dry-run]` — force a fresh deployment")
                .doesNotContain("needs AWS credentials");
    }

    @Test
    void shouldRegenerateThePostmortemInTheResolvedIncidentWhenAskedAfterTheResolve() {
        var result = console("/nexus declare sev2 Checkout errors\n/nexus resolve Reverted\n/nexus postmortem\n");

        assertThat(result.stdout()).contains("Post-mortem draft regenerated").doesNotContain("There is no open incident");
    }
}
