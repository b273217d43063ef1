package com.nexus.chatops.action.k8s;

import static com.nexus.chatops.action.k8s.Cluster.DEPLOYMENT_PATH;
import static com.nexus.chatops.action.k8s.Cluster.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class K8sErrorsCrudTest {
    KubernetesMockServer server;
    KubernetesClient client;

    @Test
    void shouldGiveRbacHintWhenApiServerForbidsTheWrite() {
        new Cluster(client).deployment(3, "repo/api:3", 3);
        server.expect().patch().withPath(DEPLOYMENT_PATH).andReturn(403, status(403, "Forbidden")).once();

        assertThatThrownBy(() -> new Deployments(client).restart(TARGET, false))
                .isInstanceOf(NexusException.class)
                .hasMessageStartingWith("nexus's service account may not patch deployments in nexus-prod")
                .hasCauseInstanceOf(KubernetesClientException.class);
    }

    @Test
    void shouldGiveRbacHintWhenApiServerForbidsTheRead() {
        server.expect().get().withPath("/apis/apps/v1/namespaces/nexus-prod/replicasets?labelSelector=app%3D"
                + Cluster.NAME).andReturn(403, status(403, "Forbidden")).once();
        new Cluster(client).deployment(3, "repo/api:3", 3);

        assertThatThrownBy(() -> new Deployments(client).history(TARGET))
                .isInstanceOf(NexusException.class)
                .hasMessageStartingWith("nexus's service account may not list replicasets in nexus-prod");
    }

    @Test
    void shouldNameDeploymentAndNamespaceWhenDeploymentIsMissing() {
        assertThatThrownBy(() -> new Deployments(client).previewRollback(TARGET, Optional.empty()))
                .isInstanceOf(NexusException.class)
                .hasMessageStartingWith("deployment nexus-core-api was not found in namespace nexus-prod");
    }

    @Test
    void shouldNameDeploymentAndNamespaceWhenWriteFindsNothing() {
        assertThatThrownBy(() -> new Deployments(client).scale(TARGET, 4, false))
                .isInstanceOf(NexusException.class)
                .hasMessageStartingWith("deployment nexus-core-api was not found in namespace nexus-prod");
    }

    @Test
    void shouldSayTimedOutWhenApiServerDoesNotAnswer() {
        new Cluster(client).deployment(3, "repo/api:3", 3);
        server.expect().get().delay(2, TimeUnit.SECONDS).withPath(DEPLOYMENT_PATH)
                .andReturn(200, client.apps().deployments().inNamespace(Cluster.NS).withName(Cluster.NAME).get())
                .always();
        KubernetesClient impatient = server.createClient(b -> b.editOrNewConfig().withRequestTimeout(200)
                .withRequestRetryBackoffLimit(0).endConfig());

        assertThatThrownBy(() -> new Deployments(impatient).status(TARGET))
                .isInstanceOf(NexusException.class)
                .hasMessage("The Kubernetes API did not answer in time when nexus tried to get deployments in"
                        + " nexus-prod");
    }

    @Test
    void shouldNotRetryWriteWhenApiServerFails() {
        Cluster cluster = new Cluster(client);
        cluster.deployment(3, "repo/api:3", 3);
        server.expect().patch().withPath(DEPLOYMENT_PATH).andReturn(503, status(503, "ServiceUnavailable")).once();
        KubernetesClient writes = server.createClient(b -> b.editOrNewConfig().withRequestRetryBackoffLimit(0)
                .endConfig());
        Deployments deployments = new Deployments(client, writes, Clock.systemUTC(), Duration.ofMillis(20), false);

        assertThatThrownBy(() -> deployments.scale(TARGET, 5, false))
                .isInstanceOf(NexusException.class)
                .hasMessageContaining("failed with HTTP 503")
                .hasMessageContaining("may or may not have been applied");
        assertThat(cluster.stored().getSpec().getReplicas()).isEqualTo(3);
    }

    @Test
    void shouldWarnThatWriteMayHaveHappenedWhenWriteTimesOut() {
        K8sErrors.Op op = new K8sErrors.Op("patch", "deployments", "nexus-prod", "deployment nexus-core-api");
        var timeout = new KubernetesClientException("PATCH failed", new java.net.SocketTimeoutException("timeout"));

        assertThat(K8sErrors.message(op, timeout)).isEqualTo("The Kubernetes API did not answer in time when nexus"
                + " tried to patch deployments in nexus-prod; the change may or may not have been applied: check"
                + " `status` before retrying");
    }

    private static Status status(int code, String reason) {
        return new StatusBuilder().withCode(code).withReason(reason).withMessage(reason + " by test").build();
    }
}
