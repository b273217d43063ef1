package com.nexus.chatops.command;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Syntax of the commands that find help: on-call, paging, runbooks, alarms. */
final class ResponseSyntax {

    private static final Pattern RUNBOOK = Pattern.compile("[a-z0-9][a-z0-9._/-]{0,99}");

    private ResponseSyntax() {
    }

    static Command oncall(Input in) {
        in.expectAtMost(1);
        return new Command.Oncall(Services.optional(in.word(0), in.vocabulary()));
    }

    static Command page(Input in) {
        String service = Services.required(in.word(0), in.vocabulary());
        return new Command.Page(service, Values.text("message", in.textFrom(1)));
    }

    static Command runbook(Input in) {
        in.expectAtMost(1);
        Optional<String> name = in.word(0).map(word -> {
            Services.rejectSlackReference(word, "a runbook name");
            String lower = word.toLowerCase(Locale.ROOT);
            if (!RUNBOOK.matcher(lower).matches()) {
                throw new ParseProblem(Values.code(word) + " is not a runbook name: use letters, digits, hyphens,"
                        + " dots and underscores.");
            }
            return lower;
        });
        return new Command.Runbook(name);
    }

    static Command alarms(Input in) {
        in.expectAtMost(1);
        return new Command.Alarms(Services.optional(in.word(0), in.vocabulary()));
    }
}
