package com.nexus.chatops.action.k8s;

import java.util.List;
import java.util.Optional;

/**
 * A Deployment's rollout progress. Stuck means a wait's deadline passed before the rollout completed; message is
 * then the last condition message the controller wrote (Progressing first), which usually says why.
 */
public record RolloutStatus(String namespace, String deployment, long generation, long observedGeneration,
        int desired, int replicas, int updated, int ready, int available, List<Condition> conditions,
        boolean stuck, String message) {
    public RolloutStatus {
        conditions = List.copyOf(conditions);
    }

    /** kubectl's rule: the controller saw the latest spec and every replica is updated and available. */
    public boolean complete() {
        return observedGeneration >= generation && updated == desired && replicas == updated && available == updated;
    }

    /** kubectl's rule: the controller gave up after the deployment's progressDeadlineSeconds. */
    public boolean failed() {
        return condition("Progressing")
                .filter(c -> "False".equals(c.status()) && "ProgressDeadlineExceeded".equals(c.reason()))
                .isPresent();
    }

    public Optional<Condition> condition(String type) {
        return conditions.stream().filter(c -> type.equals(c.type())).findFirst();
    }

    RolloutStatus asStuck() {
        return new RolloutStatus(namespace, deployment, generation, observedGeneration, desired, replicas, updated,
                ready, available, conditions, true, message);
    }
}
