package com.nexus.chatops.command.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a failure reply names the line that was typed, from Slack (no "/nexus") or the console (with it). */
class CommandRepliesTest {

    @Test
    void shouldNameTheLineWithOneSlashNexusWhetherOrNotItWasTyped() {
        assertThat(CommandReplies.typed("/nexus declare sev2 B down")).isEqualTo("`/nexus declare sev2 B down`");
        assertThat(CommandReplies.typed("declare sev2 B down")).isEqualTo("`/nexus declare sev2 B down`");
        assertThat(CommandReplies.typed("/nexusfoo")).isEqualTo("`/nexus /nexusfoo`");
    }
}
