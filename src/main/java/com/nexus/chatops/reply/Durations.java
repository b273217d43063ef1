package com.nexus.chatops.reply;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Durations and instants as responders read them: "1 h 05 min", and Slack dates in the reader's timezone. */
public final class Durations {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Durations() {
    }

    public static String human(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h " + String.format("%02d", minutes % 60) + " min";
        }
        return hours / 24 + " d " + hours % 24 + " h";
    }

    /** Slack renders this in each reader's own timezone; the fallback (console, notifications) is UTC. */
    public static String slackDate(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + UTC.format(at) + ">";
    }

    public static String utc(Instant at) {
        return UTC.format(at);
    }
}
