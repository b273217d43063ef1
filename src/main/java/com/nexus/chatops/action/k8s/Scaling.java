package com.nexus.chatops.action.k8s;

import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Scale by merge-patching spec.replicas rather than through the /scale subresource: that subresource ignores dry
 * run in fabric8, and one write permission (deployments patch) then covers every nexus action.
 */
final class Scaling {
    private Scaling() {}

    static ScalePreview preview(KubernetesClient client, Kubernetes target, int replicas) {
        requireValid(replicas);
        return new ScalePreview(target.namespace(), target.deployment(), replicas(Owned.deployment(client, target)),
                replicas, target.replicas());
    }

    static RolloutResult scale(KubernetesClient client, Kubernetes target, int replicas, boolean dryRun) {
        requireValid(replicas);
        Deployment after = Writes.mergePatch(client, target, "{\"spec\":{\"replicas\":" + replicas + "}}", dryRun);
        String summary = (dryRun ? "would scale " : "scaled ") + Owned.subject(target) + " to " + replicas
                + " replicas";
        return Writes.result("scale", target, after, dryRun, summary);
    }

    static int replicas(Deployment deployment) {
        Integer replicas = deployment.getSpec().getReplicas();
        return replicas == null ? 1 : replicas;
    }

    private static void requireValid(int replicas) {
        if (replicas < 0) {
            throw new NexusException("A deployment cannot have " + replicas + " replicas; give 0 or more");
        }
    }
}
