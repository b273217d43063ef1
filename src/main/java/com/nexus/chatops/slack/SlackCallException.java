package com.nexus.chatops.slack;

import com.nexus.chatops.core.NexusException;

/** Slack answered {@code ok:false}; {@link #error()} is Slack's own error name (e.g. channel_not_found). */
public final class SlackCallException extends NexusException {
    private final String method;
    private final String error;

    public SlackCallException(String method, String error) {
        super("Slack refused " + method + ": " + error);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }
}
