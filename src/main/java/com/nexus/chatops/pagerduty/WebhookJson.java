package com.nexus.chatops.pagerduty;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the v3 envelope; only id and event_type are required, everything else may be missing or null. */
final class WebhookJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private WebhookJson() {
    }

    static WebhookEvent parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new MalformedWebhookException("body is not JSON");
        }
        JsonNode event = root == null ? null : root.get("event");
        if (event == null || !event.isObject()) {
            throw new MalformedWebhookException("body has no \"event\" object");
        }
        if (notText(event.get("id")) || notText(event.get("event_type"))) {
            throw new MalformedWebhookException("event.id and event.event_type must be strings");
        }
        String id = text(event, "id");
        String type = text(event, "event_type");
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new MalformedWebhookException("event has no id or event_type");
        }
        JsonNode data = event.path("data");
        return new WebhookEvent(id, type, text(event, "resource_type"), instant(text(event, "occurred_at")),
                agent(event.path("agent")), "incident".equals(text(data, "type")) ? incident(data) : null, data);
    }

    private static WebhookEvent.Agent agent(JsonNode a) {
        if (!a.isObject()) {
            return null;
        }
        return new WebhookEvent.Agent(text(a, "id"), text(a, "type"), text(a, "email"), text(a, "summary"));
    }

    private static WebhookEvent.IncidentData incident(JsonNode d) {
        JsonNode priority = d.path("priority");
        return new WebhookEvent.IncidentData(text(d, "id"), d.path("number").asInt(), text(d, "title"),
                text(d, "status"), text(d, "urgency"), priority.isObject() ? text(priority, "summary") : null,
                text(d.path("service"), "id"), text(d.path("service"), "summary"), text(d, "html_url"));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Present but not a JSON string: 42, true, an object — never coerced into an id. */
    private static boolean notText(JsonNode v) {
        return v != null && !v.isNull() && !v.isTextual();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}
