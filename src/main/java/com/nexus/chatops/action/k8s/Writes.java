package com.nexus.chatops.action.k8s;

import com.nexus.chatops.config.Kubernetes;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

/**
 * Every change goes through one JSON merge patch on the deployment, sent with dryRun=All for a dry run: the dry
 * run checks exactly the request a real run would send (RBAC and admission included) and no other request is made.
 */
final class Writes {
    private Writes() {}

    static Deployment mergePatch(KubernetesClient client, Kubernetes target, String patch, boolean dryRun) {
        return K8sErrors.call(Owned.patch(target), () -> client.apps().deployments().inNamespace(target.namespace())
                .withName(target.deployment()).dryRun(dryRun).patch(PatchContext.of(PatchType.JSON_MERGE), patch));
    }

    static RolloutResult result(String action, Kubernetes target, Deployment after, boolean dryRun, String summary) {
        Integer replicas = after.getSpec().getReplicas();
        Long generation = after.getMetadata().getGeneration();
        return new RolloutResult(action, target.namespace(), target.deployment(), dryRun, summary,
                Revisions.images(after.getSpec().getTemplate()), replicas == null ? 1 : replicas,
                generation == null ? 0 : generation);
    }
}
