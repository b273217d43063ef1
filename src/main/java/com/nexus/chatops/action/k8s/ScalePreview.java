package com.nexus.chatops.action.k8s;

import com.nexus.chatops.config.Replicas;

/** A scale from → to, with the bounds nexus.yml sets for the service (checked by a guard, shown here too). */
public record ScalePreview(String namespace, String deployment, int from, int to, Replicas bounds) {
    public boolean withinBounds() {
        return bounds.allows(to);
    }
}
