package com.nexus.chatops.action;

import java.util.Optional;

/**
 * What an action answered, in mrkdwn short enough for one message; output too long for a message (logs) comes
 * as a snippet to upload next to it.
 */
public record ActionResult(String text, Optional<Snippet> snippet) {
    public record Snippet(String filename, String title, String content) {}

    public static ActionResult of(String text) {
        return new ActionResult(text, Optional.empty());
    }
}
