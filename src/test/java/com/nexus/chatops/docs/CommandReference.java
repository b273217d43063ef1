package com.nexus.chatops.docs;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.CommandParser;
import com.nexus.chatops.command.CommandSpec;
import com.nexus.chatops.command.CommandTable;
import com.nexus.chatops.command.ParseResult;
import com.nexus.chatops.command.Vocabulary;
import com.nexus.chatops.config.Actions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * docs/commands.md, printed from the command table the parser dispatches on and help lists. The policy action of a
 * command is what the parser makes of its usage line filled in with sample words, so it is the parser's own answer.
 * {@code main} (or {@code CommandReferenceTest} with {@code -Dnexus.docs.write=true}) rewrites the file.
 */
public final class CommandReference {
    static final Path FILE = Path.of("docs", "commands.md");
    private static final CommandParser PARSER = new CommandParser(Vocabulary.defaults());

    private CommandReference() {}

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, render());
    }

    static String render() {
        StringBuilder out = new StringBuilder("""
                # Command reference

                <!-- Generated from CommandTable by CommandReference (src/test/java/com/nexus/chatops/docs); edit the
                     table, then regenerate as CONTRIBUTING in README.md says. CommandReferenceTest fails when this
                     file and the table differ. -->

                Type these after `/nexus` in Slack (or in `java -jar target/nexus.jar console`); `/nexus help` and
                `/nexus help <command>` print the same lines. `<…>` is required, `[…]` optional, `a|b` one of them.
                The policy action is the name a rule of nexus.yml uses for the command ([policy.md](policy.md)):
                `k8s.*`, `ecs.*`, `rds.*`, `cloudwatch.*` and `pagerduty.*` are denied unless a rule allows them,
                `incident.*` are open to everyone unless a rule names them (`incident.declare` always is), and
                commands without one are open to everyone.
                """);
        for (CommandSpec.Section section : CommandSpec.Section.values()) {
            List<CommandSpec> specs = CommandTable.all().stream().filter(s -> s.section() == section).toList();
            if (specs.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(section.title()).append("\n\n");
            for (CommandSpec spec : specs) {
                out.append("- `/nexus ").append(spec.usage()).append("` — ").append(spec.summary()).append('.');
                String action = action(spec);
                if (Actions.isKnown(action)) {
                    out.append(" Policy action: `").append(action).append("`.");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The action of the command its usage line stands for, parsed with sample words in place of placeholders. */
    static String action(CommandSpec spec) {
        String sample = spec.usage()
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("<service>", "core-api")
                .replaceAll("<[^>]+>", "2")
                .replaceAll("([\\w-]+)(\\|[\\w-]+)+", "$1")
                .replace("sev1-4", "sev1")
                .replace("@user", "<@U0000000001>");
        ParseResult result = PARSER.parse(sample);
        if (result instanceof ParseResult.Parsed parsed) {
            Command command = parsed.command();
            return command.action();
        }
        throw new IllegalStateException("the usage line of \"" + spec.name() + "\" filled in as \"" + sample
                + "\" does not parse: " + result);
    }
}
