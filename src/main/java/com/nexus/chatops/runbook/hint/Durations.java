package com.nexus.chatops.runbook.hint;

import java.time.Duration;

/** A span as a responder says it: "12 min", "1 h 40 min", "3 days". */
final class Durations {
    private Durations() {}

    static String words(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return "less than a minute";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return minutes / (24 * 60) + " days";
    }
}
