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
}
