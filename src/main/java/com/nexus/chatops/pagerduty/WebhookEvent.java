package com.nexus.chatops.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One PagerDuty v3 webhook event ({@code {"event": {...}}}). {@code incident} is the typed view of {@code data}
 * when the data is an incident, else null (notes, status updates: see {@link #incidentId()}); {@code agent} is
 * null when PagerDuty itself acted; {@code data} keeps everything for rules that need more.
 */
public record WebhookEvent(String id, String eventType, String resourceType, Instant occurredAt, Agent agent,
                           IncidentData incident, JsonNode data) {

    /** Who caused the event; {@code email} only when PagerDuty sends it, {@code summary} is the display name. */
    public record Agent(String id, String type, String email, String summary) {
    }

    /** {@code priorityName} is null when the incident has no priority. */
    public record IncidentData(String id, int number, String title, String status, String urgency,
                               String priorityName, String serviceId, String serviceSummary, String htmlUrl) {
    }

    /** @throws MalformedWebhookException when the text is not JSON or lacks event.id / event.event_type */
    public static WebhookEvent parse(String json) {
        return WebhookJson.parse(json);
    }

    /** The incident this event is about, whether data is the incident itself or refers to it; null if neither. */
    public String incidentId() {
        if (incident != null) {
            return incident.id();
        }
        JsonNode ref = data.path("incident").path("id");
        return ref.isTextual() ? ref.asText() : null;
    }
}
