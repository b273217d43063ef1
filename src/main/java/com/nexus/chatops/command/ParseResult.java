package com.nexus.chatops.command;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the parser made of a line: a command, or a reply telling the user what to fix. */
public sealed interface ParseResult {

    record Parsed(Command command) implements ParseResult {
        public Parsed { Objects.requireNonNull(command); }
    }

    /**
     * Plain text, not Slack markup: a view escapes it. Backticks mark what is shown as code (the user's own words,
     * command and option names).
     *
     * @param problem    what was wrong, one or two sentences
     * @param usage      the usage line(s) to show, without "/nexus", one per line
     * @param suggestion the closest valid word for a near miss
     */
    record Failure(String problem, String usage, Optional<String> suggestion) implements ParseResult {
        public Failure {
            Objects.requireNonNull(problem);
            Objects.requireNonNull(usage);
            Objects.requireNonNull(suggestion);
        }

        /** e.g. "Unknown service `core-apj`. Did you mean `core-api`?\nUsage: `/nexus rollback <service>`". */
        public String message() {
            String hint = suggestion.map(s -> " Did you mean `" + s + "`?").orElse("");
            String usages = Arrays.stream(usage.split("\n"))
                    .map(line -> "`/nexus " + line + "`")
                    .collect(Collectors.joining("\n       "));
            return problem + hint + "\nUsage: " + usages;
        }
    }
}
