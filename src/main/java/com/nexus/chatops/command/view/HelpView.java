package com.nexus.chatops.command.view;

import com.nexus.chatops.command.CommandSpec;
import com.nexus.chatops.command.CommandTable;
import com.nexus.chatops.command.HelpTopic;
import com.nexus.chatops.slack.Mrkdwn;
import java.util.List;
import java.util.stream.Collectors;

/** Help as Slack mrkdwn, printed from the command table, so what help says and what the parser accepts agree. */
public final class HelpView {

    private HelpView() {
    }

    /** Every command, grouped under section headings. */
    public static String overview() {
        StringBuilder out = new StringBuilder("*nexus commands* (type them after `/nexus`)\n");
        for (CommandSpec.Section section : CommandSpec.Section.values()) {
            List<CommandSpec> specs = CommandTable.all().stream().filter(s -> s.section() == section).toList();
            if (!specs.isEmpty()) {
                out.append('\n').append('*').append(section.title()).append("*\n");
                specs.forEach(spec -> out.append(line(spec)).append('\n'));
            }
        }
        return out.append("\n`/nexus help &lt;command&gt;` explains one command.").toString();
    }

    /** One command, every command of a group ("ecs"), or a pointer to the nearest command name. */
    public static String forCommand(String name) {
        HelpTopic topic = HelpTopic.of(name);
        if (topic instanceof HelpTopic.Commands commands) {
            return commands.specs().stream().map(HelpView::line).collect(Collectors.joining("\n"));
        }
        if (topic instanceof HelpTopic.Unknown unknown) {
            return Mrkdwn.escape(unknown.problem()) + "\n`/nexus help` lists every command.";
        }
        return overview();
    }

    private static String line(CommandSpec spec) {
        return "`/nexus " + Mrkdwn.escape(spec.usage()) + "` — " + spec.summary();
    }
}
