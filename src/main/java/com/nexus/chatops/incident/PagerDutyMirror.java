package com.nexus.chatops.incident;

import java.util.Optional;

/**
 * The linked PagerDuty incident follows what responders do in Slack: a resolution resolves it, a status update
 * becomes a note. The Slack side never waits on it to succeed; the returned line tells the responder how
 * PagerDuty's half went when there is something to say (failed and retried, acted under a fallback From, …).
 */
public interface PagerDutyMirror {
    Optional<String> resolved(Incident incident, String summary, String actor);

    Optional<String> updated(Incident incident, String text, String actor);

    PagerDutyMirror NONE = new PagerDutyMirror() {
        @Override
        public Optional<String> resolved(Incident incident, String summary, String actor) {
            return Optional.empty();
        }

        @Override
        public Optional<String> updated(Incident incident, String text, String actor) {
            return Optional.empty();
        }
    };
}
