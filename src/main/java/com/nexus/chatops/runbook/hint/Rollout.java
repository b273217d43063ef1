package com.nexus.chatops.runbook.hint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of what a service runs, as an adapter reads it: a Kubernetes Deployment revision (its ReplicaSet) or an
 * ECS deployment. {@code by} is whoever rolled it out, when known (change-cause, the audit log, ECS's creator).
 */
public record Rollout(Kind kind, String workload, String revision, Instant at, Optional<String> by) {
    public enum Kind { REVISION, ECS_DEPLOYMENT }

    public Rollout {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(workload);
        Objects.requireNonNull(revision);
        Objects.requireNonNull(at);
        by = by.filter(b -> !b.isBlank());
    }

    /** "nexus-core-api revision 42", "nexus-platform-production-service deployment ecs-svc/123". */
    public String describe() {
        return workload + (kind == Kind.REVISION ? " revision " : " deployment ") + revision;
    }
}
