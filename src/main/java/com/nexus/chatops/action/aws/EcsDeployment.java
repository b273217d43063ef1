package com.nexus.chatops.action.aws;

import java.time.Instant;
import java.util.Optional;

/**
 * One deployment of an ECS service: PRIMARY is the newest, ACTIVE ones are being drained. The rollout state
 * (IN_PROGRESS, COMPLETED, FAILED) is set for services on the rolling update controller; others have none.
 */
public record EcsDeployment(String id, String status, TaskDefinition taskDefinition, int desired, int running,
                            int pending, int failedTasks, Optional<String> rolloutState,
                            Optional<String> rolloutReason, Optional<Instant> createdAt) {

    public boolean primary() {
        return "PRIMARY".equals(status);
    }

    public boolean failed() {
        return rolloutState.filter("FAILED"::equals).isPresent();
    }
}
