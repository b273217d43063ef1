package com.nexus.chatops.ingress.slack;

/** The Slack credentials and endpoint; {@code toString} never shows a secret. */
public record SlackSettings(String botToken, String signingSecret) {
    @Override
    public String toString() {
        return "SlackSettings[botToken=(set), signingSecret=(set)]";
    }
}
