package com.nexus.chatops.action.k8s;

import java.time.Instant;
import java.util.Optional;

/** One event about the deployment, its ReplicaSets or their pods; object reads like "Pod/core-api-7d9f-x2k4q". */
public record EventRow(String type, String reason, String object, String message, int count,
        Optional<Instant> lastSeen) {
    public boolean warning() {
        return "Warning".equals(type);
    }
}
