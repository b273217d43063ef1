package com.nexus.chatops.config;

/**
 * Where nexus talks. {@code stakeholders} is "#name" or a channel id; incident channels are named
 * {@code <incidentPrefix>-YYYYMMDD-NNN}.
 */
public record Channels(String stakeholders, String incidentPrefix) {
    public static final String DEFAULT_STAKEHOLDERS = "#nexus-status";
    public static final String DEFAULT_INCIDENT_PREFIX = "incident";

    public static Channels defaults() {
        return new Channels(DEFAULT_STAKEHOLDERS, DEFAULT_INCIDENT_PREFIX);
    }
}
