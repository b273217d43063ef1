package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One POST to a response_url; {@code accepted} is false once Slack's five-post limit was exceeded; {@code inAck}
 * when the message was in fact the ack's (see {@link HttpPoster#post(java.net.URI, SignedRequest)}).
 */
public record ResponseUrlPost(String id, String body, Instant time, boolean accepted, boolean inAck) {

    public JsonNode json() {
        return Json.parse(body);
    }

    /**
     * What the user reads: with blocks, Slack shows the blocks (their texts, one per line; an ack carries only a
     * first-line fallback in {@code text}); without, the text.
     */
    public String text() {
        JsonNode blocks = json().path("blocks");
        if (!blocks.isArray() || blocks.isEmpty()) {
            return json().path("text").asText(null);
        }
        return String.join("\n", Json.texts(blocks));
    }

    /** The message's own text field: for a message with blocks, the notification fallback. */
    public String fallbackText() {
        return json().path("text").asText(null);
    }
}
