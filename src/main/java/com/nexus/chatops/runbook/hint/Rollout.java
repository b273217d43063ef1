package com.nexus.chatops.runbook.hint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of what a service runs, as an adapter reads it: a Kubernetes Deployment revision (its ReplicaSet) or an
 * ECS deployment. {@code by} is whoever rolled it out, when known (change-cause, the audit log, ECS's creator).
 */
public record Rollout(Kind kind, String workload, String revision, Instant at, Optional<String> by) {
    /** {@code shownBy} is the read action whose output shows such a rollout. */
    public enum Kind {
        REVISION("k8s.history"), ECS_DEPLOYMENT("ecs.status");

        private final String shownBy;

        Kind(String shownBy) {
            this.shownBy = shownBy;
        }

        public String shownBy() {
            return shownBy;
        }
    }

    public Rollout {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(workload);
        Objects.requireNonNull(revision);
        Objects.requireNonNull(at);
        by = by.filter(b -> !b.isBlank());
    }

    /** "nexus-core-api revision 42", "platform task definition nexus-platform:42". */
    public String describe() {
        return workload + (kind == Kind.REVISION ? " revision " : " task definition ") + revision;
    }
}
