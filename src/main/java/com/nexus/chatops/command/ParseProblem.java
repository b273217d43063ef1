package com.nexus.chatops.command;

import java.util.Optional;

/**
 * Raised by the syntax functions and turned into a {@link ParseResult.Failure} by the parser, which adds the
 * usage line of the command being parsed unless the problem carries its own.
 */
final class ParseProblem extends RuntimeException {

    private final transient Optional<String> suggestion;
    private final String usage;

    ParseProblem(String problem) {
        this(problem, Optional.empty(), null);
    }

    ParseProblem(String problem, Optional<String> suggestion) {
        this(problem, suggestion, null);
    }

    ParseProblem(String problem, Optional<String> suggestion, String usage) {
        super(problem, null, false, false);
        this.suggestion = suggestion;
        this.usage = usage;
    }

    ParseResult.Failure toFailure(String defaultUsage) {
        return new ParseResult.Failure(getMessage(), usage == null ? defaultUsage : usage, suggestion);
    }
}
