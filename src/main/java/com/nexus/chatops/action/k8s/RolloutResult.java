package com.nexus.chatops.action.k8s;

import java.util.List;

/**
 * What the API server answered to a rollback, restart or scale. For a dry run nothing was changed and the fields
 * describe the object as the server would have stored it. Generation is the one a rollout must reach.
 */
public record RolloutResult(String action, String namespace, String deployment, boolean dryRun, String summary,
        List<String> images, int replicas, long generation) {
    public RolloutResult {
        images = List.copyOf(images);
    }
}
