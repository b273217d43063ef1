package com.nexus.chatops.runbook.hint;

import com.nexus.chatops.config.Replicas;
import java.util.List;

/**
 * A service's running copies as an adapter reads them: how many it should run, how many are ready, the bounds
 * nexus.yml sets for scaling, and its pods.
 */
public record Workload(String name, int desired, int ready, Replicas bounds, List<PodState> pods) {
    public Workload {
        pods = List.copyOf(pods);
    }
}
