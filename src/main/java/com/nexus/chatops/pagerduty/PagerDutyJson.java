package com.nexus.chatops.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads PagerDuty's answers into nexus's records, tolerating every field nexus does not use. */
final class PagerDutyJson {
    private PagerDutyJson() {
    }

    static PdIncident incident(JsonNode n) {
        JsonNode priority = n.path("priority");
        return new PdIncident(text(n, "id"), n.path("incident_number").asInt(n.path("number").asInt()),
                text(n, "title"), text(n, "status"), text(n, "urgency"), text(n, "html_url"),
                text(n.path("service"), "id"), name(n.path("service")), text(n.path("escalation_policy"), "id"),
                priority.isObject() ? name(priority) : null);
    }

    static PdService service(JsonNode n) {
        JsonNode policy = n.path("escalation_policy");
        return new PdService(text(n, "id"), name(n), text(n, "html_url"), text(policy, "id"), name(policy));
    }

    static PdOnCall onCall(JsonNode n) {
        JsonNode user = n.path("user");
        return new PdOnCall(text(n.path("escalation_policy"), "id"), n.path("escalation_level").asInt(),
                text(user, "id"), name(user), text(user, "email"), text(n.path("schedule"), "id"),
                text(n, "start"), text(n, "end"));
    }

    static PdUser user(JsonNode n) {
        return new PdUser(text(n, "id"), name(n), text(n, "email"));
    }

    static PdNote note(JsonNode n) {
        return new PdNote(text(n, "id"), text(n, "content"), text(n, "created_at"));
    }

    /** Full objects carry {@code name}; references only {@code summary}. */
    private static String name(JsonNode n) {
        String name = text(n, "name");
        return name != null ? name : text(n, "summary");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}
