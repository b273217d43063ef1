package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.JsonNode;

/** A modal or Home tab as last opened/published/updated; {@code viewJson} is what the app sent. */
public record FakeView(String id, String method, String userId, String triggerId, String externalId,
                       String hash, String viewJson) {

    public String callbackId() {
        return json().path("callback_id").asText(null);
    }

    public String privateMetadata() {
        return json().path("private_metadata").asText(null);
    }

    public String type() {
        return json().path("type").asText(null);
    }

    public JsonNode json() {
        return Json.parse(viewJson);
    }
}
