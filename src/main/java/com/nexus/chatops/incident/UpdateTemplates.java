package com.nexus.chatops.incident;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.core.Texts;

/**
 * The status-page wording of the operations runbook (§6.3 Communication Templates), filled with the
 * incident's title (its impact), service and the severity's update cadence. Plain text: it goes to Slack (after
 * escaping) and to Statuspage as it is.
 */
public final class UpdateTemplates {
    private UpdateTemplates() {
    }

    /** "[Investigating]" — the tag every update starts with, whoever wrote the body. */
    public static String tag(Phase phase) {
        return "[" + Texts.capitalized(phase.word()) + "]";
    }

    /**
     * The full update text: tag, then the responder's message or the template body, then the promise of the
     * next update when the severity has a cadence (never after resolution).
     *
     * @param cadenceMinutes null when the severity has no update cadence
     */
    public static String render(Phase phase, Incident incident, Integer cadenceMinutes, String message) {
        String body = message == null || message.isBlank() ? body(phase, incident) : message.strip();
        StringBuilder text = new StringBuilder(tag(phase)).append(' ').append(body);
        if (phase != Phase.RESOLVED && cadenceMinutes != null) {
            text.append(endsSentence(body) ? " " : ". ").append(nextUpdate(cadenceMinutes));
        }
        return text.toString();
    }

    /** The template body for a phase, without tag or cadence sentence. */
    public static String body(Phase phase, Incident incident) {
        String impact = impact(incident.title());
        String affecting = incident.service() == null || incident.service().isBlank()
                ? "" : " affecting " + incident.service();
        return switch (phase) {
            case INVESTIGATING -> "We are investigating reports of " + impact + affecting + ".";
            case IDENTIFIED -> "We have identified the root cause of " + impact + affecting
                    + ". Our team is working on a fix.";
            case MONITORING -> "A fix has been applied for " + impact + affecting
                    + ". We are monitoring the results.";
            case RESOLVED -> "The issue has been resolved. All services are operating normally."
                    + " We will publish a post-mortem within 48 hours.";
        };
    }

    public static String nextUpdate(int minutes) {
        return "We will provide an update in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    /** "Elevated 5xx on core-api" reads as "elevated 5xx on core-api" inside a sentence (acronyms kept). */
    private static String impact(String title) {
        String t = title == null ? "" : title.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return "a problem";
        }
        boolean acronym = t.length() > 1 && Character.isUpperCase(t.charAt(1));
        return acronym ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    private static boolean endsSentence(String body) {
        return body.endsWith(".") || body.endsWith("!") || body.endsWith("?");
    }
}
