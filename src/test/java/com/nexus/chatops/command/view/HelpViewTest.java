package com.nexus.chatops.command.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.command.CommandTable;
import com.nexus.chatops.slack.Mrkdwn;
import org.junit.jupiter.api.Test;

/** Help is Slack mrkdwn, so angle brackets in usage lines are escaped (Slack would read them as links). */
class HelpViewTest {

    @Test
    void shouldListEveryUsageLineWhenPrintingTheOverview() {
        String overview = HelpView.overview();

        CommandTable.all().forEach(spec -> assertThat(overview).contains("`/nexus " + Mrkdwn.escape(spec.usage()) + "` — "
                + spec.summary()));
        assertThat(overview).contains("*Kubernetes*").contains("*AWS*").contains("`/nexus help &lt;command&gt;`");
    }

    @Test
    void shouldShowUsageAndSummaryWhenAskedForOneCommand() {
        assertThat(HelpView.forCommand("rollback")).isEqualTo("`/nexus rollback &lt;service&gt; [--to-revision N] [--dry-run]`"
                + " — roll a service back to its previous (or a chosen) revision, after a preview and confirmation");
        assertThat(HelpView.forCommand("/nexus ECS  scale")).startsWith("`/nexus ecs scale &lt;service&gt; &lt;count&gt; [--dry-run]`");
    }

    @Test
    void shouldShowEveryEcsLineWhenAskedForTheGroup() {
        String help = HelpView.forCommand("ecs");

        assertThat(help.lines()).hasSize(3);
        assertThat(help).contains("`/nexus ecs status &lt;service&gt;`")
                .contains("`/nexus ecs redeploy &lt;service&gt; [--dry-run]`")
                .contains("`/nexus ecs scale &lt;service&gt; &lt;count&gt; [--dry-run]`");
    }

    @Test
    void shouldSuggestNearestCommandWhenHelpTopicIsUnknown() {
        assertThat(HelpView.forCommand("rolback")).startsWith("No command `rolback`. Did you mean `rollback`?")
                .endsWith("`/nexus help` lists every command.");
        assertThat(HelpView.forCommand("frob")).isEqualTo("No command `frob`.\n`/nexus help` lists every command.");
    }

    @Test
    void shouldPrintTheOverviewWhenTopicIsBlank() {
        assertThat(HelpView.forCommand(null)).isEqualTo(HelpView.overview());
        assertThat(HelpView.forCommand("  ")).isEqualTo(HelpView.overview());
    }
}
