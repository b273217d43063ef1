package com.nexus.chatops.slack;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times in Slack's {@code <!date^…>} markup, so each reader sees them in their own timezone; the fallback (UTC)
 * is what clients without date support, notifications and the console show.
 */
public final class SlackDates {
    private static final DateTimeFormatter FALLBACK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SlackDates() {}

    /** "Today at 14:05" in the reader's timezone. */
    public static String at(Instant t) {
        return date(t, "{date_short_pretty} {time}");
    }

    /** "Today at 14:05 (5 minutes ago)": Slack keeps the relative part current on every render. */
    public static String atAgo(Instant t) {
        return date(t, "{date_short_pretty} {time} ({ago})");
    }

    /** Just the clock time, for dense lists such as the timeline. */
    public static String time(Instant t) {
        return date(t, "{date_short} {time}");
    }

    public static String ago(Instant t) {
        return date(t, "{ago}");
    }

    private static String date(Instant t, String format) {
        return "<!date^" + t.getEpochSecond() + "^" + format + "|" + FALLBACK.format(t) + ">";
    }

    /** "2 h 05 min", "12 min", "40 s": how long something took. */
    public static String duration(Duration d) {
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

    /** A response target such as "15 min", "2 h" or "24 h". */
    public static String minutes(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
