package com.nexus.chatops.incident.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexus.chatops.core.Texts;
import com.nexus.chatops.pagerduty.WebhookEvent;
import com.nexus.chatops.slack.Mrkdwn;
import java.util.ArrayList;
import java.util.List;

/** Timeline and channel wording for PagerDuty webhook events (mrkdwn; PagerDuty's text escaped). */
final class EventTexts {
    private EventTexts() {}

    /** "Ada Lovelace" or "PagerDuty" when PagerDuty itself acted, escaped for mrkdwn. */
    static String agent(WebhookEvent e) {
        return Mrkdwn.escape(agentName(e));
    }

    /** The same name unescaped, for text that is escaped where it is shown. */
    static String agentName(WebhookEvent e) {
        return e.agent() == null || e.agent().summary() == null ? "PagerDuty" : e.agent().summary();
    }

    /** The actor stored in the timeline: marks the entry as coming from PagerDuty. */
    static String actor(WebhookEvent e) {
        return "PagerDuty: " + (e.agent() == null || e.agent().summary() == null ? "automation" : e.agent().summary());
    }

    static String pd(WebhookEvent e) {
        WebhookEvent.IncidentData i = e.incident();
        return "PagerDuty " + (i != null && i.number() > 0 ? "#" + i.number() : e.incidentId());
    }

    /** What happened, for the informational event types. */
    static String describe(WebhookEvent e) {
        JsonNode d = e.data();
        String who = agent(e);
        return switch (e.eventType()) {
            case "incident.escalated" -> pd(e) + " escalated" + assignees(d);
            case "incident.reassigned" -> pd(e) + " reassigned by " + who + assignees(d);
            case "incident.delegated" -> pd(e) + " delegated by " + who + assignees(d);
            case "incident.annotated" -> who + " added a note in " + pd(e) + ": " + quote(d.path("content").asText(""));
            case "incident.priority_updated" -> who + " set the priority of " + pd(e) + " to "
                    + (e.incident() == null || e.incident().priorityName() == null ? "none"
                    : Mrkdwn.escape(e.incident().priorityName()));
            case "incident.responder.added" -> who + " added " + responder(d) + " as a responder in " + pd(e);
            case "incident.responder.replied" -> responder(d) + " replied " + quote(d.path("message").asText(
                    d.path("response").asText(""))) + " in " + pd(e);
            case "incident.status_update_published" -> who + " published a status update in " + pd(e) + ": "
                    + quote(d.path("message").asText(""));
            default -> pd(e) + ": " + Mrkdwn.escape(e.eventType()) + " by " + who;
        };
    }

    private static String assignees(JsonNode d) {
        List<String> names = new ArrayList<>();
        d.path("assignees").forEach(a -> names.add(Mrkdwn.escape(a.path("summary").asText("?"))));
        return names.isEmpty() ? "" : " to " + String.join(", ", names);
    }

    private static String responder(JsonNode d) {
        JsonNode user = d.path("user").isObject() ? d.path("user") : d.path("responder");
        return Mrkdwn.escape(user.path("summary").asText("a responder"));
    }

    private static String quote(String text) {
        return "“" + Mrkdwn.escape(Texts.cut(text.strip(), 500)) + "”";
    }
}
