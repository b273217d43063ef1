package com.nexus.chatops.command;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a person from a command line; only Slack's own mention escape identifies someone reliably. */
final class SlackUser {

    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]{2,})(\\|[^>]*)?>");
    /** Real IDs always contain a digit; this keeps a shouted word like "UNKNOWN" from passing as one. */
    private static final Pattern BARE_ID = Pattern.compile("[UW](?=[A-Z0-9]*[0-9])[A-Z0-9]{4,}");
    private static final String PICK = "In Slack, pick the person from the @-autocomplete so nexus receives their"
            + " user ID; in the console, type the user ID itself (e.g. `U0123ABCD`: Slack profile → Copy member ID).";

    private SlackUser() {
    }

    static String id(Optional<String> typed) {
        String word = typed.orElseThrow(() -> new ParseProblem("Missing @user. " + PICK));
        Matcher mention = MENTION.matcher(word);
        if (mention.matches()) {
            return mention.group(1);
        }
        if (BARE_ID.matcher(word).matches()) {
            return word;
        }
        if (word.startsWith("<!")) {
            throw new ParseProblem(Values.code(word) + " mentions a group; assign one person. " + PICK);
        }
        if (word.startsWith("@")) {
            throw new ParseProblem(Values.code(word) + " reached nexus as plain text, not as a Slack user. " + PICK);
        }
        throw new ParseProblem(Values.code(word) + " is not a Slack user. " + PICK);
    }
}
