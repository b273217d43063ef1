package com.nexus.chatops.guard;

/** The incident a channel belongs to, as the policy sees it: its id (audit, timeline) and canonical severity. */
public record IncidentRef(long id, String severity) {
}
