package com.nexus.chatops.action.k8s;

import static com.nexus.chatops.action.k8s.Cluster.NS;
import static com.nexus.chatops.action.k8s.Cluster.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class ReadsCrudTest {
    KubernetesClient client;
    private Cluster cluster;
    private Deployments deployments;

    @BeforeEach
    void seed() {
        cluster = new Cluster(client);
        Deployment deployment = cluster.deployment(3, "repo/api:3", 3);
        cluster.replicaSet(deployment, 10, "repo/api:10", null);
        cluster.replicaSet(deployment, 2, "repo/api:2", "deploy 2 by bob");
        cluster.replicaSet(deployment, 3, "repo/api:3", "deploy 3 by carol");
        deployments = new Deployments(client);
    }

    @Test
    void shouldListRevisionsInNumericOrderWhenReadingHistory() {
        List<Revision> history = deployments.history(TARGET);

        assertThat(history).extracting(Revision::number).containsExactly(2, 3, 10);
        assertThat(history).extracting(Revision::current).containsExactly(false, true, false);
        assertThat(history.get(0).images()).containsExactly("api=repo/api:2");
        assertThat(history.get(0).changeCause()).contains("deploy 2 by bob");
        assertThat(history.get(2).changeCause()).isEmpty();
        assertThat(history.get(1).createdAt()).isPresent();
        assertThat(history.get(1).replicaSet()).isEqualTo("nexus-core-api-h3");
    }

    @Test
    void shouldShowKubectlColumnsWhenListingPods() {
        cluster.pod("nexus-core-api-h3-aaaaa", "Running", false, 4, Duration.ofMinutes(30));
        client.pods().inNamespace(NS).withName("nexus-core-api-h3-aaaaa").editStatus(p -> {
            p.getStatus().getContainerStatuses().get(0).setState(new ContainerStateBuilder()
                    .withNewWaiting().withReason("CrashLoopBackOff").endWaiting().build());
            return p;
        });
        cluster.pod("nexus-core-api-h3-bbbbb", "Running", true, 0, Duration.ofMinutes(5));

        List<PodRow> pods = deployments.pods(TARGET);

        assertThat(pods).extracting(PodRow::name).containsExactly("nexus-core-api-h3-aaaaa", "nexus-core-api-h3-bbbbb");
        PodRow crashing = pods.get(0);
        assertThat(crashing.ready()).isEqualTo("1/2");
        assertThat(crashing.status()).isEqualTo("CrashLoopBackOff");
        assertThat(crashing.restarts()).isEqualTo(4);
        assertThat(crashing.node()).isEqualTo("node-1");
        assertThat(pods.get(1).ready()).isEqualTo("2/2");
        assertThat(pods.get(1).status()).isEqualTo("Running");
    }

    @Test
    void shouldPutWarningsFirstThenNewestWhenListingEvents() {
        event("e1", "Normal", "ScalingReplicaSet", "Deployment", "nexus-core-api", "2026-03-01T10:00:00Z");
        event("e2", "Warning", "BackOff", "Pod", "nexus-core-api-h3-aaaaa", "2026-03-01T09:00:00Z");
        event("e3", "Normal", "Pulled", "Pod", "nexus-core-api-h3-aaaaa", "2026-03-01T11:00:00Z");
        event("e4", "Warning", "FailedCreate", "ReplicaSet", "nexus-core-api-h3", "2026-03-01T09:30:00Z");
        event("e5", "Warning", "BackOff", "Pod", "other-service-h1-zzzzz", "2026-03-01T12:00:00Z");

        List<EventRow> events = deployments.events(TARGET);

        assertThat(events).extracting(EventRow::reason)
                .containsExactly("FailedCreate", "BackOff", "Pulled", "ScalingReplicaSet");
        assertThat(events.get(1).object()).isEqualTo("Pod/nexus-core-api-h3-aaaaa");
        assertThat(events.get(1).count()).isEqualTo(3);
    }

    private void event(String name, String type, String reason, String kind, String object, String last) {
        client.v1().events().inNamespace(NS).resource(new EventBuilder().withNewMetadata().withName(name)
                .endMetadata().withType(type).withReason(reason).withMessage(reason + " happened").withCount(3)
                .withLastTimestamp(last).withNewInvolvedObject().withKind(kind).withName(object)
                .withNamespace(NS).endInvolvedObject().build()).create();
    }
}
