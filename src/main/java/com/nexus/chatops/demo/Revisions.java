package com.nexus.chatops.demo;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A deployment's ReplicaSets as the sandbox controller keeps them: one per pod template, numbered by revision. */
final class Revisions {
    private final KubernetesClient client;
    private final Deployment deployment;
    private final List<ReplicaSet> owned;

    Revisions(KubernetesClient client, Deployment deployment) {
        this.client = client;
        this.deployment = deployment;
        this.owned = client.apps().replicaSets().inNamespace(deployment.getMetadata().getNamespace())
                .withLabel("app", deployment.getMetadata().getName()).list().getItems().stream()
                .filter(rs -> rs.getMetadata().getOwnerReferences().stream()
                        .anyMatch(o -> o.getUid().equals(deployment.getMetadata().getUid())))
                .toList();
    }

    /** The ReplicaSet with the highest revision. */
    ReplicaSet current() {
        return owned.stream().max(Comparator.comparingInt(Revisions::number)).orElseThrow();
    }

    /**
     * Makes the deployment's template the newest revision: the ReplicaSet that already has it is renumbered (a
     * rollback), otherwise a new one is made (a new image, a restart). A change of replicas only keeps the current.
     */
    ReplicaSet adopt() {
        ReplicaSet current = current();
        if (same(current.getSpec().getTemplate())) {
            return current;
        }
        int next = number(current) + 1;
        Optional<ReplicaSet> earlier = owned.stream().filter(rs -> same(rs.getSpec().getTemplate())).findFirst();
        ReplicaSet taken = earlier.map(rs -> renumber(rs, next)).orElseGet(() -> create(next));
        String ns = deployment.getMetadata().getNamespace();
        client.apps().deployments().inNamespace(ns).withName(deployment.getMetadata().getName()).edit(d -> {
            d.getMetadata().getAnnotations().put(SandboxSeed.REVISION, String.valueOf(next));
            Optional.ofNullable(taken.getMetadata().getAnnotations().get(SandboxSeed.CHANGE_CAUSE))
                    .ifPresent(c -> d.getMetadata().getAnnotations().put(SandboxSeed.CHANGE_CAUSE, c));
            return d;
        });
        return taken;
    }

    private ReplicaSet renumber(ReplicaSet rs, int revision) {
        return client.apps().replicaSets().inNamespace(rs.getMetadata().getNamespace())
                .withName(rs.getMetadata().getName()).edit(x -> {
                    x.getMetadata().getAnnotations().put(SandboxSeed.REVISION, String.valueOf(revision));
                    return x;
                });
    }

    private ReplicaSet create(int revision) {
        String name = deployment.getMetadata().getName();
        String hash = SandboxSeed.hash(revision);
        PodTemplateSpec template = client.getKubernetesSerialization().clone(deployment.getSpec().getTemplate());
        template.getMetadata().getLabels().put(SandboxSeed.HASH, hash);
        Map<String, String> selector = new HashMap<>(deployment.getSpec().getSelector().getMatchLabels());
        selector.put(SandboxSeed.HASH, hash);
        return client.apps().replicaSets().inNamespace(deployment.getMetadata().getNamespace())
                .resource(new ReplicaSetBuilder().withNewMetadata().withName(name + "-" + hash)
                        .addToLabels("app", name).addToLabels(SandboxSeed.HASH, hash)
                        .addToAnnotations(SandboxSeed.REVISION, String.valueOf(revision))
                        .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName(name)
                        .withUid(deployment.getMetadata().getUid()).withController(true).endOwnerReference()
                        .endMetadata().withNewSpec().withReplicas(deployment.getSpec().getReplicas())
                        .withNewSelector().addToMatchLabels(selector).endSelector().withTemplate(template).endSpec()
                        .build()).create();
    }

    /** Same template as the deployment's, the ReplicaSet's own hash label aside. */
    private boolean same(PodTemplateSpec template) {
        PodTemplateSpec copy = client.getKubernetesSerialization().clone(template);
        if (copy.getMetadata() != null && copy.getMetadata().getLabels() != null) {
            copy.getMetadata().getLabels().remove(SandboxSeed.HASH);
        }
        return Objects.equals(copy, deployment.getSpec().getTemplate());
    }

    static int number(ReplicaSet rs) {
        return Integer.parseInt(rs.getMetadata().getAnnotations().getOrDefault(SandboxSeed.REVISION, "0"));
    }
}
