package com.nexus.chatops.pagerduty;

/** A PagerDuty service and the escalation policy that says who gets paged for it. */
public record PdService(String id, String name, String htmlUrl, String escalationPolicyId,
                        String escalationPolicyName) {
}
