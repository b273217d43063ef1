package com.nexus.chatops.action.aws.view;

import com.nexus.chatops.action.aws.AlarmRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** CloudWatch alarms in ALARM: name, since when, and CloudWatch's reason, newest first. */
public final class AlarmText {
    /** Enough for an incident channel; the rest is a count, so a message stays well inside Slack's limit. */
    static final int MAX_LISTED = 10;
    private static final int REASON_CHARS = 160;

    private AlarmText() {}

    public static String alarms(List<AlarmRow> alarms, Optional<String> prefix, Instant now) {
        String which = prefix.map(p -> " named " + Texts.code(p) + "…").orElse("");
        if (alarms.isEmpty()) {
            return ":white_check_mark: No CloudWatch alarms" + which + " in ALARM.";
        }
        StringBuilder t = new StringBuilder(":rotating_light: " + alarms.size() + " CloudWatch alarm"
                + (alarms.size() == 1 ? "" : "s") + which + " in ALARM:");
        alarms.stream().limit(MAX_LISTED).forEach(a -> t.append("\n• *").append(Texts.plain(a.name()))
                .append("* — since ").append(Texts.ago(a.since(), now)).append(" — ")
                .append(Texts.plain(Texts.shorten(a.reason(), REASON_CHARS))));
        if (alarms.size() > MAX_LISTED) {
            t.append("\n…and ").append(alarms.size() - MAX_LISTED).append(" more.");
        }
        return t.toString();
    }
}
