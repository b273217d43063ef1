package com.nexus.chatops.action.k8s;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One rollout revision, as `kubectl rollout history` shows it: the ReplicaSet holding it, its container images
 * ("container=image"), the change-cause annotation if someone set one, and when the revision was created.
 */
public record Revision(int number, String replicaSet, List<String> images, Optional<String> changeCause,
        Optional<Instant> createdAt, boolean current) {
    public Revision {
        images = List.copyOf(images);
    }
}
