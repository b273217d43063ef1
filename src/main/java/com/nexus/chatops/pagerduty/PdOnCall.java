package com.nexus.chatops.pagerduty;

/**
 * Who is on call at one level of an escalation policy. {@code userEmail} is filled because the client asks for
 * {@code include[]=users}; {@code scheduleId}, {@code start} and {@code end} are null for always-on-call levels.
 */
public record PdOnCall(String escalationPolicyId, int escalationLevel, String userId, String userName,
                       String userEmail, String scheduleId, String start, String end) {
}
