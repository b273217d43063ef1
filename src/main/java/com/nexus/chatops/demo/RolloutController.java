package com.nexus.chatops.demo;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's deployment controller, reduced to what a rollout shows: when a deployment's spec changes it takes
 * the ReplicaSet of that template (a rollback's earlier one, whose revision becomes the newest) or starts a new
 * one, then replaces one replica per step until the rollout is complete, writing status as the real one does.
 */
final class RolloutController {
    private final KubernetesClient client;

    RolloutController(KubernetesClient client) {
        this.client = client;
    }

    /** One step for every deployment with a rollout under way. */
    void step() {
        for (Deployment d : client.apps().deployments().inAnyNamespace().list().getItems()) {
            DeploymentStatus s = Optional.ofNullable(d.getStatus()).orElseGet(DeploymentStatus::new);
            long generation = Objects.requireNonNullElse(d.getMetadata().getGeneration(), 1L);
            int desired = Objects.requireNonNullElse(d.getSpec().getReplicas(), 1);
            if (Objects.requireNonNullElse(s.getObservedGeneration(), 0L) < generation) {
                ReplicaSet taken = new Revisions(client, d).adopt();
                write(d, status(generation, desired, 0, "ReplicaSetUpdated",
                        "ReplicaSet \"" + taken.getMetadata().getName() + "\" is progressing."));
            } else if (Objects.requireNonNullElse(s.getUpdatedReplicas(), 0) < desired) {
                int updated = s.getUpdatedReplicas() + 1;
                if (updated < desired) {
                    write(d, status(generation, desired, updated, "ReplicaSetUpdated", progressing(d)));
                } else {
                    ReplicaSet current = new Revisions(client, d).current();
                    new SandboxPods(client, Instant.now(), null).replace(d,
                            current.getMetadata().getLabels().get(SandboxSeed.HASH), image(d.getSpec().getTemplate()));
                    settle(client, d);
                }
            }
        }
    }

    /** The deployment as it stands after a finished rollout: every replica updated and available. */
    static void settle(KubernetesClient client, Deployment d) {
        long generation = Objects.requireNonNullElse(d.getMetadata().getGeneration(), 1L);
        int desired = Objects.requireNonNullElse(d.getSpec().getReplicas(), 1);
        String rs = new Revisions(client, d).current().getMetadata().getName();
        write(client, d, status(generation, desired, desired, "NewReplicaSetAvailable",
                "ReplicaSet \"" + rs + "\" has successfully progressed."));
    }

    private String progressing(Deployment d) {
        return "ReplicaSet \"" + new Revisions(client, d).current().getMetadata().getName() + "\" is progressing.";
    }

    private void write(Deployment d, DeploymentStatus status) {
        write(client, d, status);
    }

    private static void write(KubernetesClient client, Deployment d, DeploymentStatus status) {
        client.apps().deployments().inNamespace(d.getMetadata().getNamespace()).withName(d.getMetadata().getName())
                .editStatus(x -> {
                    x.setStatus(status);
                    return x;
                });
    }

    private static DeploymentStatus status(long generation, int desired, int updated, String reason, String message) {
        boolean done = updated >= desired;
        String now = Instant.now().toString();
        List<DeploymentCondition> conditions = List.of(
                new DeploymentConditionBuilder().withType("Available").withStatus("True")
                        .withReason("MinimumReplicasAvailable").withMessage("Deployment has minimum availability.")
                        .withLastUpdateTime(now).build(),
                new DeploymentConditionBuilder().withType("Progressing").withStatus("True").withReason(reason)
                        .withMessage(message).withLastUpdateTime(now).build());
        return new DeploymentStatusBuilder().withObservedGeneration(generation)
                .withReplicas(done ? desired : desired + 1).withUpdatedReplicas(updated)
                .withReadyReplicas(desired).withAvailableReplicas(desired)
                .withConditions(conditions).build();
    }

    static String image(PodTemplateSpec template) {
        return template.getSpec().getContainers().get(0).getImage();
    }
}
