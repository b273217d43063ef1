package com.nexus.chatops.pagerduty;

/** A webhook body that is not a v3 event envelope; the message says what is missing, for the sender's log. */
public final class MalformedWebhookException extends IllegalArgumentException {
    public MalformedWebhookException(String message) {
        super(message);
    }
}
