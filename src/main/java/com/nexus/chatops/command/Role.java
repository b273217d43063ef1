package com.nexus.chatops.command;

import java.util.Locale;

/** Incident roles that `assign` hands out. */
public enum Role {
    COMMANDER, COMMS;

    /** The word a user types, e.g. "comms". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
