package com.nexus.chatops.slack;

import java.util.regex.Pattern;

/** Tells Slack user ids apart from other actors (the console user, PagerDuty). */
public final class SlackIds {
    private static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,}");

    private SlackIds() {}

    public static boolean isUser(String id) {
        return id != null && USER.matcher(id).matches();
    }
}
