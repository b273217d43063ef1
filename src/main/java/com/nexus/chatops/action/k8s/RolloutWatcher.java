package com.nexus.chatops.action.k8s;

import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Follows a rollout by polling the deployment: one GET per interval needs only "get" in RBAC, survives API server
 * restarts without watch bookkeeping, and a few seconds of delay is nothing next to a Slack thread update.
 */
final class RolloutWatcher {
    private final KubernetesClient client;
    private final Duration interval;

    RolloutWatcher(KubernetesClient client, Duration interval) {
        this.client = client;
        this.interval = interval;
    }

    RolloutStatus status(Kubernetes target) {
        return of(target, Owned.deployment(client, target));
    }

    RolloutStatus await(Kubernetes target, Duration deadline, Consumer<RolloutStatus> onProgress) {
        long end = System.nanoTime() + deadline.toNanos();
        RolloutStatus last = null;
        while (true) {
            RolloutStatus now = pollOrKeep(target, last);
            if (now != null && !now.equals(last)) {
                onProgress.accept(now);
            }
            last = now;
            if (last != null && (last.complete() || last.failed())) {
                return last;
            }
            Duration left = Duration.ofNanos(end - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                return last == null ? status(target).asStuck() : last.asStuck();
            }
            try {
                Thread.sleep(Math.max(1, Math.min(interval.toMillis(), left.toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last == null ? status(target).asStuck() : last.asStuck();
            }
        }
    }

    /** A poll that times out is not the end of a rollout: keep the last status and try again next interval. */
    private RolloutStatus pollOrKeep(Kubernetes target, RolloutStatus last) {
        try {
            return status(target);
        } catch (NexusException e) {
            if (last != null && e.getCause() != null && K8sErrors.timedOut(e.getCause())) {
                return last;
            }
            throw e;
        }
    }

    static RolloutStatus of(Kubernetes target, Deployment d) {
        DeploymentStatus s = Optional.ofNullable(d.getStatus()).orElseGet(DeploymentStatus::new);
        List<Condition> conditions = Optional.ofNullable(s.getConditions()).orElse(List.of()).stream()
                .map(RolloutWatcher::condition).toList();
        String message = conditions.stream().filter(c -> "Progressing".equals(c.type())).findFirst()
                .or(() -> conditions.stream().reduce((a, b) -> b)).map(Condition::message).orElse("");
        return new RolloutStatus(target.namespace(), target.deployment(),
                Objects.requireNonNullElse(d.getMetadata().getGeneration(), 0L),
                Objects.requireNonNullElse(s.getObservedGeneration(), 0L), Scaling.replicas(d),
                orZero(s.getReplicas()), orZero(s.getUpdatedReplicas()), orZero(s.getReadyReplicas()),
                orZero(s.getAvailableReplicas()), conditions, false, message);
    }

    private static Condition condition(DeploymentCondition c) {
        return new Condition(c.getType(), c.getStatus(), Objects.requireNonNullElse(c.getReason(), ""),
                Objects.requireNonNullElse(c.getMessage(), ""));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
