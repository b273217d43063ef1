package com.nexus.chatops.ingress.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.Nexus;
import com.nexus.chatops.config.NexusConfig;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident flow typed into the console, with the console's printing stand-in for Slack. */
class ConsoleIncidentTest {
    @TempDir
    Path dir;

    /** Runs the script through a console over the printing stand-in for Slack; what it printed. */
    private String run(String script, boolean interactive) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Nexus nexus = Nexus.open(NexusConfig.defaults(), "jdbc:sqlite:" + dir.resolve("n.db"), new ConsoleSlack(out))) {
            new Console(nexus.dispatcher(), "ops").run(new BufferedReader(new StringReader(script)), out, interactive);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldPrintTheNewChannelCardAndChangesWhenAnIncidentIsDeclaredFromTheConsole() throws Exception {
        String printed = run("/nexus declare sev2 DB down\n/nexus severity sev1\n/nexus status\n/nexus timeline\n", false);
        assertThat(printed).containsPattern("\\[#incident-\\d{8}-001\\] channel created")
                .contains("topic: SEV2 · DB down · Commander: unassigned")
                .containsPattern("Declared #incident-\\d{8}-001 — SEV2 DB down")
                .contains("raised the severity from SEV2 to SEV1")
                .contains("(updated)").contains("Timeline of").contains("declared SEV2: DB down");
    }

    @Test
    void shouldTakeATrailingSeverityAndNameTheDefaultWhenNoneIsGiven() throws Exception {
        String printed = run("/nexus declare Payments down sev2\n/nexus declare Search slow\n", false);
        assertThat(printed).containsPattern("Declared #incident-\\d{8}-001 — SEV2 Payments down\n")
                .containsPattern("Declared #incident-\\d{8}-002 — SEV3 Search slow\n"
                        + "No severity was given, so it is SEV3, the default. Change it with `/nexus severity sev1-4`");
    }

    @Test
    void shouldPrintTheCardOnceAndThenOnlyTheLinesThatChangedWhenItIsUpdated() throws Exception {
        String printed = run("/nexus declare sev2 DB down\n/nexus severity sev1\n", false);
        String afterDeclare = printed.substring(printed.indexOf("Declared #incident"));
        assertThat(printed.split("Comms lead", -1)).hasSize(2);
        assertThat(afterDeclare).contains("(updated)").contains("SEV1 — Complete outage").doesNotContain("*Commander*");
    }

    @Test
    void shouldEndThePromptLineWhenInputEndsAtAnInteractivePrompt() throws Exception {
        assertThat(run("", true)).endsWith("nexus> " + System.lineSeparator());
    }
}
