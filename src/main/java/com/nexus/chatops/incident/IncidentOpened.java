package com.nexus.chatops.incident;

/**
 * Told once a new incident's channel is set up (card, invites, bookmarks), e.g. to post its runbook there.
 * Implementations must not throw and must not hold up the declaration: what they add is extra, never a reason
 * for a declaration to fail.
 */
@FunctionalInterface
public interface IncidentOpened {
    void opened(Incident incident);

    IncidentOpened NONE = incident -> { };

    /** This one, then the other: each is told, in that order. */
    default IncidentOpened then(IncidentOpened other) {
        return incident -> {
            opened(incident);
            other.opened(incident);
        };
    }
}
