package com.nexus.chatops.pagerduty;

import com.nexus.chatops.testing.HttpPoster;
import java.net.URI;
import java.util.Map;

/** Signed PagerDuty v3 webhook deliveries, shaped like the sample in the fixtures. */
public final class Webhooks {
    private Webhooks() {
    }

    public static String incident(String eventId, String type, String pdId, String serviceId, String urgency,
                           String priority, String agentId) {
        return incident(eventId, type, pdId, serviceId, urgency, priority, agentId, "Elevated 5xx on core-api");
    }

    /** The same delivery for an incident titled {@code title} (a JSON string's content, not escaped here). */
    public static String incident(String eventId, String type, String pdId, String serviceId, String urgency,
                           String priority, String agentId, String title) {
        String prio = priority == null ? "null" : "{\"id\":\"PSO75BM\",\"type\":\"priority_reference\",\"summary\":\""
                + priority + "\"}";
        String agent = agentId == null ? "null" : "{\"id\":\"" + agentId + "\",\"type\":\"user_reference\","
                + "\"summary\":\"Earline Greenholt\"}";
        return """
                {"event":{"id":"%s","event_type":"%s","resource_type":"incident",
                "occurred_at":"2026-01-05T10:00:00.000Z","agent":%s,"client":null,
                "data":{"id":"%s","type":"incident","number":7,"status":"triggered","incident_key":"key-%s",
                "title":"%s","urgency":"%s","priority":%s,
                "html_url":"https://acme.pagerduty.com/incidents/%s",
                "service":{"id":"%s","type":"service_reference","summary":"Core API"},
                "assignees":[],"escalation_policy":{"id":"PT20YPA","type":"escalation_policy_reference"}}}}
                """.formatted(eventId, type, agent, pdId, pdId, title, urgency, prio, pdId, serviceId);
    }

    public static HttpPoster.Result deliver(URI base, String body, String signature) {
        return HttpPoster.post(base.resolve("/webhooks/pagerduty"), "application/json", body,
                signature == null ? Map.of() : Map.of("X-PagerDuty-Signature", signature));
    }
}
