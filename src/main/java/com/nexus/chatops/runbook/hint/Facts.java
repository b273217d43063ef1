package com.nexus.chatops.runbook.hint;

import java.time.Instant;
import java.util.Optional;

/**
 * What the adapters found about the incident's service, read at {@code observedAt}: its current and previous
 * rollout and its workload. Whatever could not be read is empty, and the hints that need it stay silent.
 */
public record Facts(Instant incidentStarted, Instant observedAt, Optional<Rollout> current,
                    Optional<Rollout> previous, Optional<Workload> workload) {

    public static Facts at(Instant incidentStarted, Instant observedAt) {
        return new Facts(incidentStarted, observedAt, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Facts withRollouts(Rollout current, Optional<Rollout> previous) {
        return new Facts(incidentStarted, observedAt, Optional.of(current), previous, workload);
    }

    public Facts withWorkload(Workload workload) {
        return new Facts(incidentStarted, observedAt, current, previous, Optional.of(workload));
    }
}
