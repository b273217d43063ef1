package com.nexus.chatops.pagerduty;

/** A note PagerDuty stored on an incident; {@code createdAt} as PagerDuty wrote it (ISO-8601). */
public record PdNote(String id, String content, String createdAt) {
}
