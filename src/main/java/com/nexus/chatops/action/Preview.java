package com.nexus.chatops.action;

import java.util.Map;

/**
 * What an action would do, in mrkdwn for the confirmation message. {@code pins} are facts the preview showed
 * (e.g. the revision it would roll back from and to); they are stored with the pending action so the confirmed
 * action does exactly what was shown, or refuses.
 */
public record Preview(String text, Map<String, String> pins) {
    public Preview {
        pins = Map.copyOf(pins);
    }

    public static Preview of(String text) {
        return new Preview(text, Map.of());
    }
}
