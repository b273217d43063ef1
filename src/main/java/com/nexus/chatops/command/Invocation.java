package com.nexus.chatops.command;

/**
 * Who asked, where, and through which door. {@code correlationId} ties the user's reply to the log line.
 */
public record Invocation(String source, String userId, String channelId, String channelName, String correlationId) {

    public static final String SLACK = "slack";
    public static final String CONSOLE = "console";
}
