package com.nexus.chatops.command;

/**
 * Who asked, where, and through which door. {@code correlationId} ties the user's reply to the log line;
 * {@code triggerId} (Slack only, else null) lets a handler open a modal in answer.
 */
public record Invocation(String source, String userId, String channelId, String channelName, String correlationId,
                         String triggerId) {

    public static final String SLACK = "slack";
    public static final String CONSOLE = "console";

    public boolean fromConsole() {
        return CONSOLE.equals(source);
    }
}
