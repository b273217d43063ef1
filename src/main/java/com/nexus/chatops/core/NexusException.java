package com.nexus.chatops.core;

/**
 * The one domain failure type: its message is safe to show a responder as it is (no stack trace, no secret).
 * Anything else that escapes a command is reported as an internal failure with a correlation id.
 */
public class NexusException extends RuntimeException {
    public NexusException(String userMessage) {
        super(userMessage);
    }

    public NexusException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
