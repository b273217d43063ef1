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

    public String text() {
        return json().path("text").asText(null);
    }
}
