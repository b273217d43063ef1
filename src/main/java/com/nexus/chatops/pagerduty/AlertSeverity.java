package com.nexus.chatops.pagerduty;

import java.util.Locale;

/** The Events API v2 {@code payload.severity} values. */
public enum AlertSeverity {
    CRITICAL, ERROR, WARNING, INFO;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
