package com.nexus.chatops.runbook;

import java.util.Optional;

/** The service an action step acts on. */
public sealed interface Target {
    /** The service written in a runbook for "the incident's service". */
    String PLACEHOLDER = "{service}";

    /** The service of the incident the runbook is posted for, whichever it is. */
    record IncidentService() implements Target {}

    /** One service of the catalog, by its nexus.yml name, whatever the incident. */
    record Named(String service) implements Target {}

    /** The action takes no service (e.g. acknowledging the page). */
    record NoService() implements Target {}

    /** The service this step acts on for an incident on {@code incidentService}; empty when there is none. */
    default Optional<String> resolve(Optional<String> incidentService) {
        if (this instanceof Named named) {
            return Optional.of(named.service());
        }
        return this instanceof IncidentService ? incidentService : Optional.empty();
    }
}
