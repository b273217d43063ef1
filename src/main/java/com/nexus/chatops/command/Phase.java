package com.nexus.chatops.command;

import java.util.Locale;

/** Where an incident stands; `update` moves it between these. */
public enum Phase {
    INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED;

    /** The word a user types, e.g. "monitoring". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
