package com.nexus.chatops.action.k8s;

import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.config.Replicas;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A deployment with its ReplicaSets and pods as a real controller would have left them, stored in the CRUD mock. */
final class Cluster {
    static final String NS = "nexus-prod";
    static final String NAME = "nexus-core-api";
    static final Kubernetes TARGET = new Kubernetes(NS, NAME, Optional.empty(), new Replicas(3, 5));
    static final String DEPLOYMENT_PATH = "/apis/apps/v1/namespaces/" + NS + "/deployments/" + NAME;

    private final KubernetesClient client;

    Cluster(KubernetesClient client) {
        this.client = client;
    }

    Deployment deployment(int revision, String image, int replicas) {
        return client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder()
                .withNewMetadata().withName(NAME).addToAnnotations(Owned.REVISION, String.valueOf(revision))
                .endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().addToMatchLabels("app", NAME).endSelector()
                .withTemplate(template(image, null)).endSpec().build()).create();
    }

    /** The deployment at revision 3 (repo/api:3, 3 replicas) and the ReplicaSets of deploys 1-3 by alice/bob/carol. */
    Deployment threeDeploys() {
        Deployment deployment = deployment(3, "repo/api:3", 3);
        replicaSet(deployment, 1, "repo/api:1", "deploy 1 by alice");
        replicaSet(deployment, 2, "repo/api:2", "deploy 2 by bob");
        replicaSet(deployment, 3, "repo/api:3", "deploy 3 by carol");
        return deployment;
    }

    ReplicaSet replicaSet(Deployment owner, int revision, String image, String changeCause) {
        String hash = "h" + revision;
        return client.apps().replicaSets().inNamespace(NS).resource(new ReplicaSetBuilder()
                .withNewMetadata().withName(NAME + "-" + hash).addToLabels("app", NAME)
                .addToLabels(Rollbacks.HASH_LABEL, hash)
                .addToAnnotations(Owned.REVISION, String.valueOf(revision))
                .addToAnnotations(changeCause == null ? Map.of() : Map.of(Revisions.CHANGE_CAUSE, changeCause))
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName(NAME)
                .withUid(owner.getMetadata().getUid()).withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withReplicas(0).withNewSelector().addToMatchLabels("app", NAME)
                .addToMatchLabels(Rollbacks.HASH_LABEL, hash).endSelector()
                .withTemplate(template(image, hash)).endSpec().build()).create();
    }

    /** A ReplicaSet with the deployment's labels and a higher revision that some other controller owns. */
    ReplicaSet foreignReplicaSet(int revision, String image) {
        return client.apps().replicaSets().inNamespace(NS).resource(new ReplicaSetBuilder()
                .withNewMetadata().withName("impostor").addToLabels("app", NAME)
                .addToAnnotations(Owned.REVISION, String.valueOf(revision)).endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("app", NAME).endSelector()
                .withTemplate(template(image, "x")).endSpec().build()).create();
    }

    /** The mock stamps creationTimestamp itself (and keeps it on updates): age only counts for in-memory pods. */
    Pod pod(String name, String phase, boolean ready, int restarts, Duration age) {
        return client.pods().inNamespace(NS).resource(podObject(name, phase, ready, restarts, age)).create();
    }

    static Pod podObject(String name, String phase, boolean ready, int restarts, Duration age) {
        return new PodBuilder()
                .withNewMetadata().withName(name).addToLabels("app", NAME)
                .withCreationTimestamp(Instant.now().minus(age).toString()).endMetadata()
                .withNewSpec().addNewContainer().withName("api").withImage("repo/api:2").endContainer()
                .addNewContainer().withName("sidecar").withImage("repo/proxy:1").endContainer()
                .withNodeName("node-1").endSpec()
                .withNewStatus().withPhase(phase)
                .addToContainerStatuses(new ContainerStatusBuilder().withName("api").withReady(ready)
                        .withRestartCount(restarts).build())
                .addToContainerStatuses(new ContainerStatusBuilder().withName("sidecar").withReady(true)
                        .withRestartCount(0).build())
                .endStatus().build();
    }

    Deployment stored() {
        return client.apps().deployments().inNamespace(NS).withName(NAME).get();
    }

    static String image(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    private static PodTemplateSpec template(String image, String hash) {
        PodTemplateSpecBuilder builder = new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", NAME)
                .endMetadata().withNewSpec().addNewContainer().withName("api").withImage(image).endContainer()
                .endSpec();
        return hash == null ? builder.build()
                : builder.editMetadata().addToLabels(Rollbacks.HASH_LABEL, hash).endMetadata().build();
    }
}
