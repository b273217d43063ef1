package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.NexusProcess;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `nexus demo --script` in a child JVM, as a newcomer runs it on a fresh clone: no credentials, no cluster, no
 * nexus.yml in the working directory. The conversation it prints is the product working end to end.
 */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldPlayThePageToPostmortemConversationAndExitZeroWhenScripted() {
        var result = NexusProcess.run(dir, Map.of(), "", "demo", "--script");
        String out = result.stdout();

        assertThat(result.exitCode()).as("stdout:%n%s%nstderr:%n%s", out, result.stderr()).isZero();
        assertThat(out).as("the page opens a channel with its card")
                .containsPattern("\\[#incident-\\d{8}-001\\] channel created")
                .contains("SEV2 · Nexus API High Error Rate").contains("Invited on-call for core-api");
        assertThat(out).as("the matching runbook is posted with the deploy hint and its steps")
                .contains("Runbook: API high error rate")
                .containsPattern("nexus-core-api revision 2 rolled out \\d+ min before the incident started")
                .contains("`/nexus history core-api`").contains("`/nexus rollback core-api`");
        assertThat(section(out, "› /nexus runbook")).as("runbook lists the fitting runbooks with why")
                .contains("`high-error-rate` API high error rate — the title")
                .contains("matches /error[ _-]?rate/");
        assertThat(section(out, "› /nexus history core-api")).as("history lists both deploys")
                .contains("ghcr.io/nexus/core-api:2.14.0").contains("ghcr.io/nexus/core-api:2.13.2");
        assertThat(section(out, "› /nexus rollback core-api")).as("the preview names the revisions")
                .contains("Revision 2 (app=ghcr.io/nexus/core-api:2.14.0) → revision 1 (app=ghcr.io/nexus/core-api:2.13.2)")
                .contains("rolled out 14m ago").contains("confirm ");
        assertThat(section(out, "› confirm ")).as("confirmed, rolled back, rollout followed")
                .contains("rolled back").contains("Rollout in progress").contains("Rollout complete");
        assertThat(section(out, "› /nexus resolve")).contains("*[Resolved]*")
                .contains("PagerDuty incident PDEMO7Q resolved too");
        assertThat(section(out, "› /nexus postmortem")).as("the draft, written from the timeline")
                .contains("# Post-mortem: Nexus API High Error Rate").contains("## Timeline")
                .contains("k8s.rollback core-api — allow, done");
        assertThat(section(out, "── What reached PagerDuty")).contains("resolved PDEMO7Q");
        assertThat(out).contains("Walkthrough complete");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void shouldAnswerWhatTheResponderTypesInTheIncidentChannelUntilExit() {
        var result = NexusProcess.run(dir, Map.of(),
                "# a comment, skipped\n/nexus history core-api\n\nconfirm no-such-action\nexit\n/nexus help\n", "demo");
        String out = result.stdout();

        assertThat(result.exitCode()).as("stdout:%n%s%nstderr:%n%s", out, result.stderr()).isZero();
        assertThat(out).containsPattern("typing in #incident-\\d{8}-001")
                .contains("ghcr.io/nexus/core-api:2.14.0").contains("ghcr.io/nexus/core-api:2.13.2");
        assertThat(out).as("confirm stands for the button, answered by the guard")
                .contains("does not belong to any pending nexus action, so nothing was run");
        assertThat(out).as("nothing after exit").doesNotContain("Commands:");
    }

    /** What was printed from the line typed as {@code typed} to the next step. */
    private static String section(String out, String typed) {
        int start = out.indexOf(typed);
        assertThat(start).as("typed %s", typed).isNotNegative();
        int end = out.indexOf("\n── ", start);
        return out.substring(start, end < 0 ? out.length() : end);
    }
}
