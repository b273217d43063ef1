package com.nexus.chatops.testing;

/** Thrown by a fake method to answer {@code {"ok":false,"error":...}} with HTTP 200, as Slack does. */
final class SlackError extends RuntimeException {

    private final String error;

    SlackError(String error) {
        super(error, null, false, false);
        this.error = error;
    }

    String error() {
        return error;
    }
}
