package com.nexus.chatops.guard;

import java.util.Locale;

/** A pending action's life: pending → (approved) → executing → done | failed; or cancelled, expired, unknown. */
public enum PendingState {
    PENDING, APPROVED, EXECUTING, DONE, FAILED, CANCELLED, EXPIRED, UNKNOWN;

    /** The lowercase word the store's CHECK constraint knows. */
    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PendingState of(String db) {
        return valueOf(db.toUpperCase(Locale.ROOT));
    }

    /** Started at some point: counts for cooldowns and can never be confirmed again. */
    public boolean started() {
        return this == EXECUTING || this == DONE || this == FAILED || this == UNKNOWN;
    }
}
