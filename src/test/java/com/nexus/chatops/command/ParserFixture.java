package com.nexus.chatops.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.command.view.CommandReplies;
import java.util.Map;
import java.util.Set;

/** A parser configured like a small real deployment, plus shortcuts for asserting on its results. */
final class ParserFixture {

    static final Vocabulary CONFIGURED = new Vocabulary(Set.of("core-api", "frontend", "platform"), Map.of(
            "sev1", "sev1", "sev2", "sev2", "sev3", "sev3", "sev4", "sev4",
            "p1", "sev1", "p2", "sev2", "critical", "sev1"));

    static final CommandParser PARSER = new CommandParser(CONFIGURED);
    static final CommandParser UNCONFIGURED = new CommandParser(Vocabulary.defaults());

    private ParserFixture() {
    }

    static Command parsed(String text) {
        return parsed(PARSER, text);
    }

    static Command parsed(CommandParser parser, String text) {
        ParseResult result = parser.parse(text);
        assertThat(result).as("parse of %s", text).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).command();
    }

    /** The problem as the user sees it: escaped for Slack, with the nearest word for a near miss. */
    static String shown(ParseResult.Failure failure) {
        return CommandReplies.problem(failure);
    }

    static ParseResult.Failure failure(String text) {
        return failure(PARSER, text);
    }

    static ParseResult.Failure failure(CommandParser parser, String text) {
        ParseResult result = parser.parse(text);
        assertThat(result).as("parse of %s", text).isInstanceOf(ParseResult.Failure.class);
        return (ParseResult.Failure) result;
    }
}
