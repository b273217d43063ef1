package com.nexus.chatops.runbook;

import java.util.Arrays;
import java.util.Optional;

/**
 * A condition from the seeds' "Resolution" hints that nexus can evaluate on live data (a step's {@code when}),
 * as opposed to one only a responder can judge ("if database issue"), which stays text.
 */
public enum Signal {
    /** The service's current revision or ECS deployment rolled out shortly before the incident started. */
    RECENT_DEPLOY("recent-deploy", "a deploy rolled out shortly before the incident started"),
    /** Pods are not ready or keep restarting while the service is below its replica bound. */
    RESOURCE_CONSTRAINT("resource-constraint", "the service is short of capacity"),
    /** Pods restart again and again. */
    CRASH_LOOP("crash-loop", "pods are crash-looping"),
    /** Containers were killed for exceeding their memory limit. */
    OUT_OF_MEMORY("out-of-memory", "containers were killed for running out of memory");

    private final String key;
    private final String description;

    Signal(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    /** Reads after "If …" when the runbook gives no wording of its own. */
    public String description() {
        return description;
    }

    public static Optional<Signal> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
