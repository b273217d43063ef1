package com.nexus.chatops.action.aws;

import com.nexus.chatops.config.Replicas;

/** A desired count from → to, with the bounds nexus.yml sets (aws.ecs.count); {@code request} is what is sent. */
public record EcsScalePreview(String cluster, String service, int from, int to, int running, Replicas bounds,
                              PlannedCall request) {
    public boolean withinBounds() {
        return bounds.allows(to);
    }
}
