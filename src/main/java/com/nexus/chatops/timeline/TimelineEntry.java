package com.nexus.chatops.timeline;

import java.time.Instant;

/**
 * One line of an incident's story. {@code dedupeKey} (e.g. a Slack event id or a PagerDuty event id) makes
 * the entry land once however often its source is delivered; null means "always a new entry".
 */
public record TimelineEntry(long incidentId, Instant at, String kind, String actor, String text, String dedupeKey) {
    /** The entry a resolution writes; the post-mortem draft reads the incident's end from it. */
    public static final String RESOLVED = "resolved";
}
