package com.nexus.chatops.demo;

import com.nexus.chatops.config.Kubernetes;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;

/**
 * One service as a deployment controller would have left it after two deploys: the Deployment at revision 2, the
 * ReplicaSets of revisions 1 (scaled to 0) and 2 (serving), and its running pods.
 */
final class SandboxSeed {
    static final String REVISION = "deployment.kubernetes.io/revision";
    static final String CHANGE_CAUSE = "kubernetes.io/change-cause";
    static final String HASH = "pod-template-hash";

    /** A deploy of one image, {@code ago} before the sandbox started. */
    record Deploy(String image, String cause, Duration ago) {}

    private final KubernetesClient client;
    private final Instant now;
    private final Backdate births;

    SandboxSeed(KubernetesClient client, Instant now, Backdate births) {
        this.client = client;
        this.now = now;
        this.births = births;
    }

    void service(Kubernetes target, Deploy previous, Deploy latest) {
        int replicas = target.replicas().min();
        Deployment d = client.apps().deployments().inNamespace(target.namespace()).resource(new DeploymentBuilder()
                .withNewMetadata().withName(target.deployment()).addToLabels("app", target.deployment())
                .addToAnnotations(REVISION, "2").addToAnnotations(CHANGE_CAUSE, latest.cause()).endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().addToMatchLabels("app", target.deployment())
                .endSelector().withTemplate(template(target, latest.image(), null)).endSpec().build()).create();
        replicaSet(d, 1, previous, 0);
        replicaSet(d, 2, latest, replicas);
        new SandboxPods(client, now, births).start(d, hash(2), latest.image(), replicas, latest.ago());
        RolloutController.settle(client, d);
    }

    private void replicaSet(Deployment owner, int revision, Deploy deploy, int replicas) {
        String ns = owner.getMetadata().getNamespace();
        String name = owner.getMetadata().getName();
        client.apps().replicaSets().inNamespace(ns).resource(new ReplicaSetBuilder()
                .withNewMetadata().withName(name + "-" + hash(revision)).addToLabels("app", name)
                .addToLabels(HASH, hash(revision)).addToAnnotations(REVISION, String.valueOf(revision))
                .addToAnnotations(CHANGE_CAUSE, deploy.cause())
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName(name)
                .withUid(owner.getMetadata().getUid()).withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().addToMatchLabels("app", name)
                .addToMatchLabels(HASH, hash(revision)).endSelector()
                .withTemplate(template(owner, deploy.image(), hash(revision))).endSpec()
                .withNewStatus().withReplicas(replicas).withReadyReplicas(replicas).withAvailableReplicas(replicas)
                .endStatus().build()).create();
        births.note(name + "-" + hash(revision), now.minus(deploy.ago()));
    }

    static String hash(int revision) {
        return "7d9f8c6b" + revision;
    }

    private static PodTemplateSpec template(Deployment owner, String image, String hash) {
        return template(owner.getMetadata().getName(), image, hash);
    }

    private static PodTemplateSpec template(Kubernetes target, String image, String hash) {
        return template(target.deployment(), image, hash);
    }

    private static PodTemplateSpec template(String name, String image, String hash) {
        PodTemplateSpecBuilder b = new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", name)
                .endMetadata().withNewSpec().addNewContainer().withName("app").withImage(image).endContainer()
                .endSpec();
        return hash == null ? b.build() : b.editMetadata().addToLabels(HASH, hash).endMetadata().build();
    }
}
