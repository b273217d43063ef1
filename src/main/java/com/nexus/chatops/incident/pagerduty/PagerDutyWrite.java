package com.nexus.chatops.incident.pagerduty;

/**
 * One change a Slack user made that PagerDuty must learn: acknowledge, resolve, or a note. {@code content} is the
 * resolution or the note text; {@code actor} the Slack user; {@code attempts} calls made so far.
 */
record PagerDutyWrite(long id, long incidentId, String pdIncidentId, Kind kind, String from, String content, String actor,
               int attempts) {

    enum Kind {
        ACKNOWLEDGE("incident.acknowledged", "acknowledge"),
        RESOLVE("incident.resolved", "resolve"),
        NOTE("incident.annotated", "add the status update as a note to");

        /** The webhook PagerDuty sends back after this write: our own echo. */
        final String echo;
        /** As in "PagerDuty did not <verb> incident X". */
        final String verb;

        Kind(String echo, String verb) {
            this.echo = echo;
            this.verb = verb;
        }

        static java.util.Optional<Kind> echoedBy(String eventType) {
            return java.util.Arrays.stream(values()).filter(k -> k.echo.equals(eventType)).findFirst();
        }
    }
}
