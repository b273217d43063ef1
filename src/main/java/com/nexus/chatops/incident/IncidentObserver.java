package com.nexus.chatops.incident;

/**
 * Told after any change to an incident (severity, roles, phase, update, acknowledgement, resolution) so that
 * everything showing it — the pinned card, the channel topic, the Home tab — follows. Implementations must
 * not throw: a failed refresh is logged and retried by the next change, it never undoes the change.
 */
@FunctionalInterface
public interface IncidentObserver {
    void changed(Incident incident);

    IncidentObserver NONE = incident -> { };
}
