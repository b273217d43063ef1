package com.nexus.chatops.action.k8s;

import static com.nexus.chatops.action.k8s.Cluster.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class RestartAndScaleCrudTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    KubernetesMockServer server;
    KubernetesClient client;
    private Cluster cluster;
    private Deployments deployments;

    @BeforeEach
    void seedDeploymentWithPods() {
        cluster = new Cluster(client);
        cluster.deployment(3, "repo/api:3", 3);
        cluster.pod("nexus-core-api-h3-bbbbb", "Running", true, 0, Duration.ofMinutes(5));
        cluster.pod("nexus-core-api-h3-aaaaa", "Running", true, 0, Duration.ofMinutes(6));
        deployments = new Deployments(client, client, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(20),
                false);
    }

    @Test
    void shouldSetRestartedAtAnnotationWhenRestarting() {
        RolloutResult result = deployments.restart(TARGET, false);

        assertThat(cluster.stored().getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry(Restarts.RESTARTED_AT, "2026-03-01T10:15:30Z");
        assertThat(result.action()).isEqualTo("restart");
        assertThat(result.dryRun()).isFalse();
    }

    @Test
    void shouldListPodsToBeReplacedWhenPreviewingRestart() {
        RestartPreview preview = deployments.previewRestart(TARGET);

        assertThat(preview.pods()).containsExactly("nexus-core-api-h3-aaaaa", "nexus-core-api-h3-bbbbb");
        assertThat(cluster.stored().getSpec().getTemplate().getMetadata().getAnnotations()).isNullOrEmpty();
    }

    @Test
    void shouldOnlySendDryRunPatchWhenRestartIsDryRun() throws InterruptedException {
        int before = server.getRequestCount();

        RolloutResult result = deployments.restart(TARGET, true);

        assertThat(result.dryRun()).isTrue();
        assertThat(result.summary()).startsWith("would restart");
        assertThat(writesSince(before)).singleElement().satisfies(r ->
                assertThat(r.getPath()).isEqualTo(Cluster.DEPLOYMENT_PATH + "?dryRun=All"));
    }

    @Test
    void shouldChangeReplicasWhenScaling() {
        RolloutResult result = deployments.scale(TARGET, 5, false);

        assertThat(cluster.stored().getSpec().getReplicas()).isEqualTo(5);
        assertThat(result.replicas()).isEqualTo(5);
        assertThat(result.summary()).isEqualTo("scaled deployment nexus-core-api to 5 replicas");
    }

    @Test
    void shouldShowFromToAndBoundsWhenPreviewingScale() {
        ScalePreview preview = deployments.previewScale(TARGET, 7);

        assertThat(preview.from()).isEqualTo(3);
        assertThat(preview.to()).isEqualTo(7);
        assertThat(preview.bounds().min()).isEqualTo(3);
        assertThat(preview.bounds().max()).isEqualTo(5);
        assertThat(preview.withinBounds()).isFalse();
        assertThat(cluster.stored().getSpec().getReplicas()).isEqualTo(3);
    }

    @Test
    void shouldOnlySendDryRunPatchWhenScaleIsDryRun() throws InterruptedException {
        int before = server.getRequestCount();

        RolloutResult result = deployments.scale(TARGET, 4, true);

        assertThat(result.dryRun()).isTrue();
        assertThat(result.replicas()).isEqualTo(4);
        assertThat(writesSince(before)).singleElement().satisfies(r -> {
            assertThat(r.getMethod()).isEqualTo("PATCH");
            assertThat(r.getPath()).isEqualTo(Cluster.DEPLOYMENT_PATH + "?dryRun=All");
        });
    }

    @Test
    void shouldRefuseNegativeReplicasWhenScaling() {
        assertThatThrownBy(() -> deployments.scale(TARGET, -1, false))
                .isInstanceOf(NexusException.class).hasMessageContaining("-1 replicas");
        assertThat(cluster.stored().getSpec().getReplicas()).isEqualTo(3);
    }

    private List<RecordedRequest> writesSince(int before) throws InterruptedException {
        return Requests.since(server, before).stream().filter(r -> !"GET".equals(r.getMethod())).toList();
    }
}
