package com.nexus.chatops.runbook.hint;

import java.time.Instant;
import java.util.Optional;

/**
 * One pod (or ECS task) as an adapter reads it. {@code restarts} counts container restarts; {@code lastTermination}
 * is why its container last stopped (e.g. OOMKilled, Error), {@code lastRestartAt} when, if known.
 */
public record PodState(String name, boolean ready, int restarts, Optional<String> lastTermination,
                       Optional<Instant> lastRestartAt) {
    public static final String OOM_KILLED = "OOMKilled";

    public boolean killedForMemory() {
        return lastTermination.map(OOM_KILLED::equalsIgnoreCase).orElse(false);
    }
}
