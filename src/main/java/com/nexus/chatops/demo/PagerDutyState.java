package com.nexus.chatops.demo;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the PagerDuty fake knows: one escalation policy with Ada on call for every service, and the incidents the
 * demo opened, with their status. Answers are shaped as PagerDuty's REST API v2 documents them.
 */
public final class PagerDutyState {
    static final String POLICY = "PDEMOEP";
    static final String USER = "PDEMOU1";
    private final String responderName;
    private final String responderEmail;
    private final Map<String, String[]> incidents = new ConcurrentHashMap<>();

    public PagerDutyState(String responderName, String responderEmail) {
        this.responderName = responderName;
        this.responderEmail = responderEmail;
    }

    /** An incident PagerDuty opened: {id, service id, title, status}. */
    void opened(String id, String serviceId, String title) {
        incidents.put(id, new String[] {id, serviceId, title, "triggered"});
    }

    String service(String id) {
        return "{\"service\":{\"id\":\"" + id + "\",\"type\":\"service\",\"name\":\"" + id + "\",\"html_url\":"
                + "\"https://nexus-demo.pagerduty.com/service-directory/" + id + "\",\"escalation_policy\":{\"id\":\""
                + POLICY + "\",\"type\":\"escalation_policy_reference\",\"summary\":\"Nexus Platform\"}}}";
    }

    String onCalls() {
        return "{\"oncalls\":[{\"escalation_policy\":{\"id\":\"" + POLICY + "\",\"type\":\"escalation_policy_reference\"},"
                + "\"escalation_level\":1,\"user\":" + user() + ",\"schedule\":{\"id\":\"PDEMOS1\",\"type\":"
                + "\"schedule_reference\"},\"start\":\"" + Instant.now().minusSeconds(36_000) + "\",\"end\":\""
                + Instant.now().plusSeconds(50_400) + "\"}],\"limit\":100,\"offset\":0,\"more\":false}";
    }

    String users() {
        return "{\"users\":[" + user() + "],\"limit\":100,\"offset\":0,\"more\":false}";
    }

    private String user() {
        return "{\"id\":\"" + USER + "\",\"type\":\"user\",\"name\":\"" + responderName + "\",\"email\":\""
                + responderEmail + "\"}";
    }

    String incident(String id) {
        String[] i = incidents.getOrDefault(id, new String[] {id, "PDEMO04", "Incident " + id, "triggered"});
        return "{\"incident\":{\"id\":\"" + i[0] + "\",\"type\":\"incident\",\"incident_number\":1042,\"title\":\""
                + i[2] + "\",\"status\":\"" + i[3] + "\",\"urgency\":\"high\",\"html_url\":"
                + "\"https://nexus-demo.pagerduty.com/incidents/" + i[0] + "\",\"service\":{\"id\":\"" + i[1]
                + "\",\"type\":\"service_reference\"},\"escalation_policy\":{\"id\":\"" + POLICY
                + "\",\"type\":\"escalation_policy_reference\"}}}";
    }

    String setStatus(String id, String status) {
        incidents.computeIfPresent(id, (k, i) -> new String[] {i[0], i[1], i[2], status});
        return incident(id);
    }

    String note(String content) {
        return "{\"note\":{\"id\":\"PDEMON" + Math.abs(content.hashCode() % 1000) + "\",\"content\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(content) + ",\"created_at\":\""
                + Instant.now() + "\"}}";
    }

    String enqueued(String dedupKey) {
        return "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"" + dedupKey + "\"}";
    }
}
