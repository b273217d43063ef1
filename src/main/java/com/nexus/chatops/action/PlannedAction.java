package com.nexus.chatops.action;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One infrastructure action, planned for one request, as the guard flow sees it. Failures are NexusExceptions
 * whose message a responder can read (RBAC, not found, timeout).
 */
public interface PlannedAction {

    /** What would change; throws when the target does not exist. Only asked of writes. */
    Preview preview();

    /** Runs the action; with {@code dryRun} the server validates it and nothing changes. */
    ActionResult execute(boolean dryRun);

    /**
     * After a real execution: follows what it started (a rollout) until it settles or the deadline passes,
     * reporting progress lines; returns the closing line, or empty when there is nothing to follow.
     */
    default Optional<String> follow(Duration deadline, Consumer<String> onProgress) {
        return Optional.empty();
    }
}
