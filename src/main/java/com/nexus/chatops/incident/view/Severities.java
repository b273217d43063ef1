package com.nexus.chatops.incident.view;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Severity;
import com.nexus.chatops.core.Texts;
import com.nexus.chatops.slack.SlackDates;
import java.util.Locale;
import java.util.Optional;

/** How a severity reads everywhere: "SEV2", and "SEV2 — Major degradation (respond within 30 min)". */
public final class Severities {
    private Severities() {}

    public static String tag(String severity) {
        return severity == null ? "SEV?" : severity.toUpperCase(Locale.ROOT);
    }

    public static String described(NexusConfig config, String severity) {
        Optional<Severity> s = Optional.ofNullable(config.severities().get(severity));
        return s.map(v -> tag(severity) + " — " + v.description() + " (respond within "
                + SlackDates.minutes(v.responseMinutes()) + ")").orElse(tag(severity));
    }

    /** Short enough for a select option (75 characters). */
    public static String option(NexusConfig config, String severity) {
        String label = Optional.ofNullable(config.severities().get(severity))
                .map(v -> tag(severity) + " — " + v.description()).orElse(tag(severity));
        return Texts.cut(label, 75);
    }
}
