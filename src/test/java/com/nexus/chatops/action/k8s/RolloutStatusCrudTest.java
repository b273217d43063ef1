package com.nexus.chatops.action.k8s;

import static com.nexus.chatops.action.k8s.Cluster.NS;
import static com.nexus.chatops.action.k8s.Cluster.NAME;
import static com.nexus.chatops.action.k8s.Cluster.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class RolloutStatusCrudTest {
    KubernetesClient client;
    private Deployments deployments;

    @BeforeEach
    void seed() {
        new Cluster(client).deployment(3, "repo/api:3", 3);
        deployments = new Deployments(client, client, Clock.systemUTC(), Duration.ofMillis(20), false);
    }

    @Test
    void shouldBeCompleteWhenAllReplicasAreUpdatedAndAvailable() {
        seedStatus(1L, 3, 3, 3, progressing("True", "NewReplicaSetAvailable", "ReplicaSet has progressed."));

        RolloutStatus status = deployments.status(TARGET);

        assertThat(status.complete()).isTrue();
        assertThat(status.failed()).isFalse();
        assertThat(status.desired()).isEqualTo(3);
        assertThat(status.condition("Progressing")).hasValueSatisfying(c -> assertThat(c.status()).isEqualTo("True"));
    }

    @Test
    void shouldNotBeCompleteWhenControllerHasNotSeenLatestGeneration() {
        seedStatus(0L, 3, 3, 3, progressing("True", "NewReplicaSetAvailable", "done"));

        assertThat(deployments.status(TARGET).complete()).isFalse();
    }

    @Test
    void shouldReportProgressUntilCompleteWhenRolloutFinishesBeforeDeadline() {
        seedStatus(1L, 3, 1, 1, progressing("True", "ReplicaSetUpdated", "ReplicaSet is progressing."));
        List<RolloutStatus> seen = new CopyOnWriteArrayList<>();
        CompletableFuture.runAsync(() -> seedStatus(1L, 3, 3, 3,
                progressing("True", "NewReplicaSetAvailable", "ReplicaSet has successfully progressed.")),
                CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS));

        RolloutStatus result = deployments.awaitRollout(TARGET, Duration.ofSeconds(5), seen::add);

        assertThat(result.complete()).isTrue();
        assertThat(result.stuck()).isFalse();
        assertThat(seen).extracting(RolloutStatus::updated).containsExactly(1, 3);
    }

    @Test
    void shouldBeStuckWithLastMessageWhenDeadlinePasses() {
        seedStatus(1L, 3, 1, 1, progressing("True", "ReplicaSetUpdated", "ReplicaSet \"api-h4\" is progressing."));

        RolloutStatus result = deployments.awaitRollout(TARGET, Duration.ofMillis(300), s -> { });

        assertThat(result.stuck()).isTrue();
        assertThat(result.complete()).isFalse();
        assertThat(result.message()).isEqualTo("ReplicaSet \"api-h4\" is progressing.");
    }

    @Test
    void shouldStopWaitingWhenProgressDeadlineIsExceeded() {
        seedStatus(1L, 3, 1, 0, progressing("False", "ProgressDeadlineExceeded",
                "ReplicaSet \"api-h4\" has timed out progressing."));

        RolloutStatus result = deployments.awaitRollout(TARGET, Duration.ofSeconds(30), s -> { });

        assertThat(result.failed()).isTrue();
        assertThat(result.stuck()).isFalse();
        assertThat(result.message()).contains("timed out progressing");
    }

    private void seedStatus(long observed, int replicas, int updated, int available, DeploymentCondition condition) {
        client.apps().deployments().inNamespace(NS).withName(NAME).editStatus(d -> {
            d.setStatus(new DeploymentStatusBuilder().withObservedGeneration(observed).withReplicas(replicas)
                    .withUpdatedReplicas(updated).withReadyReplicas(available).withAvailableReplicas(available)
                    .withConditions(condition).build());
            return d;
        });
    }

    private static DeploymentCondition progressing(String status, String reason, String message) {
        return new DeploymentConditionBuilder().withType("Progressing").withStatus(status).withReason(reason)
                .withMessage(message).build();
    }
}
