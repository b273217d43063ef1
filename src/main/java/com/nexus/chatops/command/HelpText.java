package com.nexus.chatops.command;

import com.nexus.chatops.slack.Mrkdwn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import com.nexus.chatops.core.Suggestions;

/** Help printed from {@link CommandTable}, so what help says and what the parser accepts can't drift apart. */
public final class HelpText {

    private HelpText() {
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
        String wanted = name == null ? "" : Tokenizer.normalize(name).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT).replaceFirst("^/nexus ?", "");
        if (wanted.isEmpty()) {
            return overview();
        }
        Optional<CommandSpec> exact = CommandTable.find(wanted);
        if (exact.isPresent()) {
            return line(exact.get());
        }
        String first = wanted.split(" ")[0];
        if (CommandTable.groups().contains(first)) {
            return CommandTable.inGroup(first).stream().map(HelpText::line).collect(Collectors.joining("\n"));
        }
        Optional<CommandSpec> leading = CommandTable.find(first);
        if (leading.isPresent()) {
            return line(leading.get());
        }
        Optional<String> near = CommandTable.hint(wanted)
                .or(() -> Suggestions.nearest(wanted, CommandTable.all().stream().map(CommandSpec::name).toList()))
                .or(() -> Suggestions.nearest(first, CommandTable.firstWords()));
        return "No command " + Values.code(wanted) + "." + near.map(n -> " Did you mean `" + n + "`?").orElse("")
                + "\n`/nexus help` lists every command.";
    }

    private static String line(CommandSpec spec) {
        return "`/nexus " + Mrkdwn.escape(spec.usage()) + "` — " + spec.summary();
    }
}
