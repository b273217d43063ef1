package com.nexus.chatops.action.k8s;

import static com.nexus.chatops.action.k8s.Cluster.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class RollbackCrudTest {
    KubernetesMockServer server;
    KubernetesClient client;
    private Cluster cluster;
    private Deployments deployments;

    @BeforeEach
    void seedThreeRevisions() {
        cluster = new Cluster(client);
        cluster.threeDeploys();
        deployments = new Deployments(client, client, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(90)),
                Duration.ofMillis(20), false);
    }

    @Test
    void shouldRestorePreviousTemplateWhenRollingBackWithoutRevision() {
        RolloutResult result = deployments.rollback(TARGET, Optional.empty(), false);

        Deployment after = cluster.stored();
        assertThat(Cluster.image(after)).isEqualTo("repo/api:2");
        assertThat(after.getSpec().getTemplate().getMetadata().getLabels()).doesNotContainKey(Rollbacks.HASH_LABEL);
        assertThat(result.dryRun()).isFalse();
        assertThat(result.images()).containsExactly("api=repo/api:2");
        assertThat(result.summary()).contains("from revision 3", "to revision 2");
    }

    @Test
    void shouldRestoreNamedRevisionWhenToRevisionIsGiven() {
        deployments.rollback(TARGET, Optional.of(1), false);

        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:1");
    }

    @Test
    void shouldIgnoreForeignReplicaSetWhenItsLabelsMatch() {
        cluster.foreignReplicaSet(9, "evil/api:9");

        deployments.rollback(TARGET, Optional.empty(), false);

        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:2");
        assertThat(deployments.history(TARGET)).extracting(Revision::number).containsExactly(1, 2, 3);
    }

    @Test
    void shouldShowCurrentAndTargetWhenPreviewingRollback() {
        RollbackPreview preview = deployments.previewRollback(TARGET, Optional.empty());

        assertThat(preview.current().number()).isEqualTo(3);
        assertThat(preview.current().images()).containsExactly("api=repo/api:3");
        assertThat(preview.current().changeCause()).contains("deploy 3 by carol");
        assertThat(preview.currentAge()).hasValueSatisfying(age ->
                assertThat(age).isBetween(Duration.ofMinutes(89), Duration.ofMinutes(91)));
        assertThat(preview.target().number()).isEqualTo(2);
        assertThat(preview.target().images()).containsExactly("api=repo/api:2");
        assertThat(preview.available()).containsExactly(1, 2, 3);
        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:3");
    }

    @Test
    void shouldListAvailableRevisionsWhenRequestedRevisionIsMissing() {
        assertThatThrownBy(() -> deployments.previewRollback(TARGET, Optional.of(7)))
                .isInstanceOf(NexusException.class)
                .hasMessage("deployment nexus-core-api has no revision 7; revisions kept: 1, 2, 3");
    }

    @Test
    void shouldRefuseWhenRequestedRevisionIsCurrent() {
        assertThatThrownBy(() -> deployments.rollback(TARGET, Optional.of(3), false))
                .isInstanceOf(NexusException.class).hasMessageContaining("already the current revision");
    }

    @Test
    void shouldRefuseWhenNoEarlierRevisionIsKept() {
        client.apps().replicaSets().inNamespace(Cluster.NS).withName(Cluster.NAME + "-h1").delete();
        client.apps().replicaSets().inNamespace(Cluster.NS).withName(Cluster.NAME + "-h2").delete();

        assertThatThrownBy(() -> deployments.rollback(TARGET, Optional.empty(), false))
                .isInstanceOf(NexusException.class)
                .hasMessage("deployment nexus-core-api has no revision before 3 to roll back to; revisions kept: 3");
    }

    @Test
    void shouldOnlySendDryRunPatchWhenRollbackIsDryRun() throws InterruptedException {
        int before = server.getRequestCount();

        RolloutResult result = deployments.rollback(TARGET, Optional.empty(), true);

        assertThat(result.dryRun()).isTrue();
        assertThat(result.images()).containsExactly("api=repo/api:2");
        assertThat(result.summary()).startsWith("would roll back");
        assertThat(writesSince(before)).singleElement().satisfies(r ->
                assertThat(r.getPath()).isEqualTo(Cluster.DEPLOYMENT_PATH + "?dryRun=All"));
    }

    @Test
    void shouldRefuseConfirmedRollbackWhenSomeoneDeployedSinceThePreview() {
        RollbackPreview preview = deployments.previewRollback(TARGET, Optional.empty());
        client.apps().deployments().inNamespace(Cluster.NS).withName(Cluster.NAME).edit(d -> {
            d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("repo/api:4");
            d.getMetadata().getAnnotations().put(Owned.REVISION, "4");
            return d;
        });

        assertThatThrownBy(() -> deployments.rollback(TARGET, preview.pin(), false))
                .isInstanceOf(NexusException.class).hasMessageContaining("changed since the preview");
        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:4");
    }

    @Test
    void shouldRollBackToPreviewedRevisionWhenNothingChanged() {
        RollbackPreview preview = deployments.previewRollback(TARGET, Optional.of(1));

        deployments.rollback(TARGET, preview.pin(), false);

        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:1");
    }

    @Test
    void shouldRefuseWhenDeploymentChangesBetweenReadAndWrite() {
        Rollbacks.Plan plan = Rollbacks.plan(client, TARGET, Optional.empty(), Clock.systemUTC());
        client.apps().deployments().inNamespace(Cluster.NS).withName(Cluster.NAME)
                .edit(d -> { d.getSpec().setReplicas(4); return d; });

        assertThatThrownBy(() -> Rollbacks.execute(client, TARGET, plan, false))
                .isInstanceOf(NexusException.class).hasMessageContaining("changed while nexus was updating it");
        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:3");
    }

    private java.util.List<RecordedRequest> writesSince(int before) throws InterruptedException {
        return Requests.since(server, before).stream().filter(r -> !"GET".equals(r.getMethod())).toList();
    }
}
