package com.nexus.chatops.action;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a service runs right now, for the runbooks' decision hints: a plain read, outside the guard, that
 * changes nothing. Empty when the service runs on nothing this reader reaches or the read failed.
 */
@FunctionalInterface
public interface Workloads {
    Workloads NONE = service -> Optional.empty();

    Optional<State> read(String service);

    /**
     * A workload as read: its name, how many copies it should run and how many are ready, its current and
     * previous rollout (when known) and its pods.
     */
    record State(String name, int desired, int ready, Optional<Rollout> current, Optional<Rollout> previous,
                 List<Pod> pods) {
        public State {
            pods = List.copyOf(pods);
        }
    }

    /** A revision (a Kubernetes ReplicaSet), when it was created and whoever or whatever caused it, if recorded. */
    record Rollout(String revision, Instant at, Optional<String> by) {
    }

    /** A pod: ready or not, its containers' restarts, why its container last stopped and when, if known. */
    record Pod(String name, boolean ready, int restarts, Optional<String> lastTermination,
               Optional<Instant> lastRestartAt) {
    }
}
