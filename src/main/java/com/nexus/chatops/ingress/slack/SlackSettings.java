package com.nexus.chatops.ingress.slack;

/** The Slack credentials and endpoint; {@code toString} never shows a secret. */
public record SlackSettings(String botToken, String signingSecret, String apiUrl) {
    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", botToken=(set), signingSecret=(set)]";
    }
}
