package com.nexus.chatops.command;

import com.nexus.chatops.core.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a nexus command line, with or without the leading "/nexus" (Slack sends it separately, the console
 * doesn't). Never throws: whatever arrives, the answer is a command or a failure that says how to fix it.
 */
public final class CommandParser {

    static final String HELP_USAGE = "help [command]";
    private static final String UNREADABLE = "nexus could not read that command.";

    private final Vocabulary vocabulary;

    public CommandParser(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary);
    }

    public ParseResult parse(String text) {
        try {
            return dispatch(Tokenizer.tokenize(text));
        } catch (RuntimeException | StackOverflowError unexpected) {
            // A bug here must cost the user one reply, not the request.
            return new ParseResult.Failure(UNREADABLE, HELP_USAGE, Optional.empty());
        }
    }

    private ParseResult dispatch(Tokenizer.Tokens tokens) {
        int first = !tokens.tokens().isEmpty() && tokens.tokens().get(0).text().equalsIgnoreCase("/nexus") ? 1 : 0;
        if (first >= tokens.tokens().size()) {
            return new ParseResult.Parsed(new Command.Help(Optional.empty()));
        }
        String typed = tokens.tokens().get(first).text();
        String word = typed.toLowerCase(Locale.ROOT);
        Optional<CommandSpec> single = CommandTable.find(word).filter(s -> !s.name().contains(" "));
        if (single.isPresent()) {
            return run(single.get(), tokens, first + 1);
        }
        if (!CommandTable.groups().contains(word)) {
            return unknownCommand(typed);
        }
        List<CommandSpec> group = CommandTable.inGroup(word);
        String groupUsage = group.stream().map(CommandSpec::usage).collect(Collectors.joining("\n"));
        if (first + 1 >= tokens.tokens().size()) {
            return new ParseResult.Failure(Values.code(word) + " needs a subcommand: " + subcommands(group) + ".",
                    groupUsage, Optional.empty());
        }
        String sub = tokens.tokens().get(first + 1).text();
        Optional<CommandSpec> spec = CommandTable.find(word + " " + sub);
        if (spec.isPresent()) {
            return run(spec.get(), tokens, first + 2);
        }
        List<String> names = group.stream().map(s -> s.name().substring(word.length() + 1)).toList();
        Optional<String> near = CommandTable.hint(word + " " + sub)
                .or(() -> Suggestions.nearest(sub, names).map(n -> word + " " + n));
        return new ParseResult.Failure("Unknown " + Values.code(word) + " subcommand " + Values.code(sub)
                + "; use " + subcommands(group) + ".", groupUsage, near);
    }

    private ParseResult run(CommandSpec spec, Tokenizer.Tokens tokens, int argsStart) {
        try {
            Command command = spec.syntax().parse(new Input(tokens, argsStart, vocabulary, spec.name()));
            return new ParseResult.Parsed(command);
        } catch (ParseProblem problem) {
            return problem.toFailure(spec.usage());
        }
    }

    private static ParseResult unknownCommand(String typed) {
        Optional<String> near = CommandTable.hint(typed)
                .or(() -> Suggestions.nearest(typed, CommandTable.firstWords()));
        return new ParseResult.Failure("Unknown command " + Values.code(typed) + ".",
                HELP_USAGE, near);
    }

    private static String subcommands(List<CommandSpec> group) {
        return group.stream().map(s -> "`" + s.name().substring(s.name().indexOf(' ') + 1) + "`")
                .collect(Collectors.joining(", "));
    }
}
