package com.nexus.chatops.command;

import com.nexus.chatops.core.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What `/nexus help [topic]` is about, looked up in the same table the parser dispatches on. */
public sealed interface HelpTopic {

    /** Every command, by section. */
    record Everything() implements HelpTopic {
    }

    /** One command, or every command of a group such as "ecs". */
    record Commands(List<CommandSpec> specs) implements HelpTopic {
        public Commands {
            specs = List.copyOf(specs);
        }
    }

    /** No such command; {@code problem} is plain text like a parse problem's, backticks marking code. */
    record Unknown(String problem) implements HelpTopic {
    }

    /** A blank topic means everything; "/nexus" in front and extra spacing are ignored. */
    static HelpTopic of(String name) {
        String wanted = name == null ? "" : Tokenizer.normalize(name).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT).replaceFirst("^/nexus ?", "");
        if (wanted.isEmpty()) {
            return new Everything();
        }
        Optional<CommandSpec> exact = CommandTable.find(wanted);
        if (exact.isPresent()) {
            return new Commands(List.of(exact.get()));
        }
        String first = wanted.split(" ")[0];
        if (CommandTable.groups().contains(first)) {
            return new Commands(CommandTable.inGroup(first));
        }
        Optional<CommandSpec> leading = CommandTable.find(first);
        if (leading.isPresent()) {
            return new Commands(List.of(leading.get()));
        }
        Optional<String> near = CommandTable.hint(wanted)
                .or(() -> Suggestions.nearest(wanted, CommandTable.all().stream().map(CommandSpec::name).toList()))
                .or(() -> Suggestions.nearest(first, CommandTable.firstWords()));
        return new Unknown("No command " + Values.code(wanted) + "."
                + near.map(n -> " Did you mean `" + n + "`?").orElse(""));
    }
}
