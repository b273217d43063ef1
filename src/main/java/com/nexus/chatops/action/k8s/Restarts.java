package com.nexus.chatops.action.k8s;

import com.nexus.chatops.config.Kubernetes;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** A rolling restart as `kubectl rollout restart` does it: a new restartedAt annotation on the pod template. */
final class Restarts {
    static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";

    private Restarts() {}

    static RestartPreview preview(KubernetesClient client, Kubernetes target) {
        Deployment deployment = Owned.deployment(client, target);
        return new RestartPreview(target.namespace(), target.deployment(),
                Owned.pods(client, target, deployment).stream().map(p -> p.getMetadata().getName()).sorted().toList());
    }

    static RolloutResult restart(KubernetesClient client, Kubernetes target, boolean dryRun, Clock clock) {
        String at = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        String patch = "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\"" + RESTARTED_AT + "\":\"" + at
                + "\"}}}}}";
        Deployment after = Writes.mergePatch(client, target, patch, dryRun);
        String summary = (dryRun ? "would restart " : "restarting ") + Owned.subject(target) + " (restartedAt " + at
                + "): every pod is replaced as the rollout strategy allows";
        return Writes.result("restart", target, after, dryRun, summary);
    }
}
