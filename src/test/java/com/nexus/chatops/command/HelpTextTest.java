package com.nexus.chatops.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTextTest {

    @Test
    void shouldListEveryUsageLineWhenPrintingTheOverview() {
        String overview = HelpText.overview();

        CommandTable.all().forEach(spec -> assertThat(overview).contains("`/nexus " + spec.usage() + "` — "
                + spec.summary()));
        assertThat(overview).contains("*Kubernetes*").contains("*AWS*").contains("`/nexus help <command>`");
    }

    @Test
    void shouldShowUsageAndSummaryWhenAskedForOneCommand() {
        assertThat(HelpText.forCommand("rollback")).isEqualTo("`/nexus rollback <service> [--to-revision N] [--dry-run]`"
                + " — roll a service back to its previous (or a chosen) revision, after a preview and confirmation");
        assertThat(HelpText.forCommand("/nexus ECS  scale")).startsWith("`/nexus ecs scale <service> <count>`");
    }

    @Test
    void shouldShowEveryEcsLineWhenAskedForTheGroup() {
        String help = HelpText.forCommand("ecs");

        assertThat(help.lines()).hasSize(3);
        assertThat(help).contains("`/nexus ecs status <service>`").contains("`/nexus ecs redeploy <service>`")
                .contains("`/nexus ecs scale <service> <count>`");
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
