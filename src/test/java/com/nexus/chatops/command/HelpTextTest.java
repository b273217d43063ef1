package com.nexus.chatops.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.slack.Mrkdwn;
import org.junit.jupiter.api.Test;

/** Help is Slack mrkdwn, so angle brackets in usage lines are escaped (Slack would read them as links). */
class HelpTextTest {

    @Test
    void shouldListEveryUsageLineWhenPrintingTheOverview() {
        String overview = HelpText.overview();

        CommandTable.all().forEach(spec -> assertThat(overview).contains("`/nexus " + Mrkdwn.escape(spec.usage()) + "` — "
                + spec.summary()));
        assertThat(overview).contains("*Kubernetes*").contains("*AWS*").contains("`/nexus help &lt;command&gt;`");
    }

    @Test
    void shouldShowUsageAndSummaryWhenAskedForOneCommand() {
        assertThat(HelpText.forCommand("rollback")).isEqualTo("`/nexus rollback &lt;service&gt; [--to-revision N] [--dry-run]`"
                + " — roll a service back to its previous (or a chosen) revision, after a preview and confirmation");
        assertThat(HelpText.forCommand("/nexus ECS  scale")).startsWith("`/nexus ecs scale &lt;service&gt; &lt;count&gt;`");
    }

    @Test
    void shouldShowEveryEcsLineWhenAskedForTheGroup() {
        String help = HelpText.forCommand("ecs");

        assertThat(help.lines()).hasSize(3);
        assertThat(help).contains("`/nexus ecs status &lt;service&gt;`")
                .contains("`/nexus ecs redeploy &lt;service&gt;`")
                .contains("`/nexus ecs scale &lt;service&gt; &lt;count&gt;`");
    }

    @Test
    void shouldSuggestNearestCommandWhenHelpTopicIsUnknown() {
        assertThat(HelpText.forCommand("rolback")).startsWith("No command `rolback`. Did you mean `rollback`?")
                .endsWith("`/nexus help` lists every command.");
        assertThat(HelpText.forCommand("frob")).isEqualTo("No command `frob`.\n`/nexus help` lists every command.");
    }

    @Test
    void shouldPrintTheOverviewWhenTopicIsBlank() {
        assertThat(HelpText.forCommand(null)).isEqualTo(HelpText.overview());
        assertThat(HelpText.forCommand("  ")).isEqualTo(HelpText.overview());
    }
}
