package com.nexus.chatops.slack;

import java.util.regex.Pattern;

/** Tells Slack user ids apart from other actors (the console user, PagerDuty). */
public final class SlackIds {
    /** A user id (U…, or W… on Enterprise Grid), as a regular expression. */
    static final String USER_ID = "[UW][A-Z0-9]{2,}";
    private static final Pattern USER = Pattern.compile(USER_ID);

    private SlackIds() {}

    public static boolean isUser(String id) {
        return id != null && USER.matcher(id).matches();
    }
}
