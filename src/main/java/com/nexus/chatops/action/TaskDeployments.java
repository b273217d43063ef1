package com.nexus.chatops.action;

import java.time.Instant;
import java.util.Optional;

/**
 * Reads which task definition a service's ECS service deployed last, for the runbooks' decision hints: a plain
 * read, outside the guard, that changes nothing. Empty when the service has no ECS service or the read failed.
 */
@FunctionalInterface
public interface TaskDeployments {
    TaskDeployments NONE = service -> Optional.empty();

    Optional<Primary> primary(String service);

    /** A deployment: its task definition (family:revision) and when ECS created it. */
    record Deployed(String taskDefinition, Instant createdAt) {
    }

    /** The PRIMARY deployment, and the one it replaces while that one still drains. */
    record Primary(Deployed now, Optional<Deployed> replacing) {
    }
}
