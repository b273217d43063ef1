package com.nexus.chatops.command.view;

import com.nexus.chatops.command.Capabilities;
import com.nexus.chatops.command.CommandSpec;
import com.nexus.chatops.command.CommandTable;
import com.nexus.chatops.command.HelpTopic;
import com.nexus.chatops.slack.Mrkdwn;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Help as Slack mrkdwn, printed from the command table, so what help says and what the parser accepts agree.
 * What this nexus can do with its configuration and connections is listed by section; a command whose need
 * (a connection, credentials) is unmet here is listed apart, with what it needs.
 */
public final class HelpView {

    private HelpView() {
    }

    /** Every command, as if every need were met. */
    public static String overview() {
        return overview(Capabilities.ALL);
    }

    /** What works here, grouped under section headings, then what needs setting up first. */
    public static String overview(Capabilities here) {
        StringBuilder out = new StringBuilder("*nexus commands* (type them after `/nexus`)\n");
        for (CommandSpec.Section section : CommandSpec.Section.values()) {
            List<CommandSpec> specs = CommandTable.all().stream()
                    .filter(s -> s.section() == section && here.serves(s)).toList();
            if (!specs.isEmpty()) {
                out.append('\n').append('*').append(section.title()).append("*\n");
                specs.forEach(spec -> out.append(line(spec)).append('\n'));
            }
        }
        List<CommandSpec> unmet = CommandTable.all().stream().filter(s -> !here.serves(s)).toList();
        if (!unmet.isEmpty()) {
            out.append("\n*Not set up here*\n");
            unmet.forEach(spec -> out.append(line(spec, here)).append('\n'));
        }
        return out.append("\n`/nexus help &lt;command&gt;` explains one command.").toString();
    }

    public static String forCommand(String name) {
        return forCommand(name, Capabilities.ALL);
    }

    /** One command, every command of a group ("ecs"), or a pointer to the nearest command name. */
    public static String forCommand(String name, Capabilities here) {
        HelpTopic topic = HelpTopic.of(name);
        if (topic instanceof HelpTopic.Commands commands) {
            return commands.specs().stream().map(spec -> line(spec, here)).collect(Collectors.joining("\n"));
        }
        if (topic instanceof HelpTopic.Unknown unknown) {
            return Mrkdwn.escape(unknown.problem()) + "\n`/nexus help` lists every command.";
        }
        return overview(here);
    }

    private static String line(CommandSpec spec, Capabilities here) {
        return here.serves(spec) ? line(spec) : line(spec) + " _(" + spec.need().missing() + ")_";
    }

    private static String line(CommandSpec spec) {
        return "`/nexus " + Mrkdwn.escape(spec.usage()) + "` — " + spec.summary();
    }
}
