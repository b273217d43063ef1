package com.nexus.chatops.pagerduty;

/**
 * The fields of a PagerDuty incident nexus acts on. {@code priorityName} and {@code escalationPolicyId} are null
 * when the incident has none; {@code number} is PagerDuty's incident_number.
 */
public record PdIncident(String id, int number, String title, String status, String urgency, String htmlUrl,
                         String serviceId, String serviceName, String escalationPolicyId, String priorityName) {
}
