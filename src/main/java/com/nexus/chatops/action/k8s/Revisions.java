package com.nexus.chatops.action.k8s;

import com.nexus.chatops.config.Kubernetes;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rollout history: one Revision per owned ReplicaSet, oldest first, the deployment's own revision marked current. */
final class Revisions {
    static final String CHANGE_CAUSE = "kubernetes.io/change-cause";

    private Revisions() {}

    static List<Revision> history(KubernetesClient client, Kubernetes target) {
        Deployment deployment = Owned.deployment(client, target);
        List<ReplicaSet> owned = Owned.replicaSets(client, target, deployment);
        int current = current(deployment, owned);
        return owned.stream().map(rs -> of(rs, current)).toList();
    }

    /** The deployment's revision annotation; without one (never rolled out by a controller) the highest kept. */
    static int current(Deployment deployment, List<ReplicaSet> owned) {
        return Owned.revision(deployment).orElseGet(() -> owned.isEmpty() ? 0
                : Owned.revision(owned.get(owned.size() - 1)).orElseThrow());
    }

    static Revision of(ReplicaSet rs, int current) {
        int number = Owned.revision(rs).orElseThrow();
        Map<String, String> annotations = rs.getMetadata().getAnnotations();
        return new Revision(number, rs.getMetadata().getName(), images(rs.getSpec().getTemplate()),
                Optional.ofNullable(annotations.get(CHANGE_CAUSE)).filter(s -> !s.isBlank()),
                Times.parse(rs.getMetadata().getCreationTimestamp()), number == current);
    }

    static List<String> images(PodTemplateSpec template) {
        if (template == null || template.getSpec() == null || template.getSpec().getContainers() == null) {
            return List.of();
        }
        return template.getSpec().getContainers().stream().map(c -> c.getName() + "=" + c.getImage()).toList();
    }
}
