package com.nexus.chatops.config;

/**
 * Where nexus talks. {@code stakeholders} is "#name" or a channel id; incident channels are named
 * {@code <incidentPrefix>-YYYYMMDD-NNN} and archived {@code archiveAfterHours} after resolution (0: never).
 */
public record Channels(String stakeholders, String incidentPrefix, int archiveAfterHours) {
    public static final String DEFAULT_STAKEHOLDERS = "#nexus-status";
    public static final String DEFAULT_INCIDENT_PREFIX = "incident";
    /** A year: beyond that "archive after" is surely a typo. */
    public static final int MAX_ARCHIVE_HOURS = 8760;

    public Channels(String stakeholders, String incidentPrefix) {
        this(stakeholders, incidentPrefix, 0);
    }

    public static Channels defaults() {
        return new Channels(DEFAULT_STAKEHOLDERS, DEFAULT_INCIDENT_PREFIX, 0);
    }

    public boolean archives() {
        return archiveAfterHours > 0;
    }
}
