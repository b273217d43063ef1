package com.nexus.chatops.action.aws;

import java.util.Optional;

/**
 * An UpdateService call: the request, and what ECS answered (the service right after the update), empty for a
 * dry run, which sends nothing.
 */
public record EcsUpdate(PlannedCall request, boolean dryRun, Optional<EcsStatus> after) {

    /** The deployment a redeploy started, to follow; a scale keeps the primary it had. */
    public Optional<String> startedDeployment() {
        return after.flatMap(EcsStatus::primary).map(EcsDeployment::id);
    }
}
