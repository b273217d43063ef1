package com.nexus.chatops.action.k8s;

import static com.nexus.chatops.action.k8s.Cluster.NS;
import static com.nexus.chatops.action.k8s.Cluster.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.nexus.chatops.action.Workloads;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.TestIncidents;
import com.nexus.chatops.incident.runbook.LiveFacts;
import com.nexus.chatops.runbook.RunbookLoader;
import com.nexus.chatops.runbook.Signal;
import com.nexus.chatops.runbook.hint.Advice;
import com.nexus.chatops.runbook.hint.DecisionHints;
import com.nexus.chatops.runbook.hint.HintSettings;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the decision hints read from a deployment: revisions as history reads them, replicas, restarts, OOM kills. */
@EnableKubernetesMockClient(crud = true)
class WorkloadReaderCrudTest {
    static final NexusConfig CONFIG = ConfigLoader.load(Path.of("nexus.example.yml"));
    static final Instant KILLED = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
    KubernetesClient client;
    private Deployments deployments;

    @BeforeEach
    void seed() {
        Cluster cluster = new Cluster(client);
        Deployment deployment = cluster.deployment(3, "repo/api:3", 3);
        cluster.replicaSet(deployment, 10, "repo/api:10", null);
        cluster.replicaSet(deployment, 2, "repo/api:2", "deploy 2 by bob");
        cluster.replicaSet(deployment, 3, "repo/api:3", "deploy 3 by carol");
        cluster.pod("nexus-core-api-h3-aaaaa", "Running", true, 0, Duration.ZERO);
        Pod killed = Cluster.podObject("nexus-core-api-h3-bbbbb", "Running", false, 4, Duration.ZERO);
        killed.getStatus().getContainerStatuses().set(0, new ContainerStatusBuilder().withName("api").withReady(false)
                .withRestartCount(4).withLastState(new ContainerStateBuilder().withNewTerminated()
                        .withReason("OOMKilled").withExitCode(137).withFinishedAt(KILLED.toString()).endTerminated()
                        .build()).build());
        client.pods().inNamespace(NS).resource(killed).create();
        deployments = new Deployments(client);
    }

    @Test
    void shouldReadTheCurrentAndPreviousRevisionAndEachPodsRestartsAndLastTermination() {
        Workloads.State state = deployments.workload(TARGET);

        assertThat(state.name()).isEqualTo("nexus-core-api");
        assertThat(state.desired()).isEqualTo(3);
        assertThat(state.current()).hasValueSatisfying(r -> {
            assertThat(r.revision()).isEqualTo("3");
            assertThat(r.by()).contains("deploy 3 by carol");
            assertThat(r.at()).isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now());
        });
        assertThat(state.previous()).hasValueSatisfying(r -> assertThat(r.revision()).isEqualTo("2"));
        assertThat(state.pods()).extracting(Workloads.Pod::name, Workloads.Pod::ready, Workloads.Pod::restarts)
                .containsExactlyInAnyOrder(tuple("nexus-core-api-h3-aaaaa", true, 0),
                        tuple("nexus-core-api-h3-bbbbb", false, 4));
        assertThat(state.pods()).filteredOn(p -> p.restarts() == 4).singleElement().satisfies(p -> {
            assertThat(p.lastTermination()).contains("OOMKilled");
            assertThat(p.lastRestartAt()).contains(KILLED);
        });
    }

    @Test
    void shouldAdviseScalingWithinTheBoundsWhenAPodRestartsAfterOomKillsAndNotSuspectALaterRollout() {
        KubernetesActions actions = new KubernetesActions(CONFIG, () -> deployments);
        // declared before the current revision rolled out: that rollout is more likely a fix than the cause
        Incident incident = started(Instant.now().minus(Duration.ofMinutes(30)));

        List<Advice> advice = DecisionHints.advise(RunbookLoader.load(Path.of("runbooks"), CONFIG)
                        .get("high-error-rate").orElseThrow().steps(),
                new LiveFacts(CONFIG, actions, Clock.systemUTC()).of(incident), HintSettings.DEFAULTS);

        assertThat(advice).extracting(a -> a.hint().signal()).containsExactly(Signal.RESOURCE_CONSTRAINT);
        assertThat(advice.get(0).hint().explain()).isEqualTo("nexus-core-api runs 3 of at most 5 replicas and 3 of 3"
                + " are not ready, 1 pod restarts again and again, 1 pod was killed for memory; scaling to 5 stays within"
                + " its bounds (3\u20135)");
    }

    private static Incident started(Instant at) {
        Incident i = TestIncidents.inMemory("Nexus API High Error Rate", "sev2", "core-api");
        return new Incident(i.id(), i.day(), i.seq(), i.channelName(), i.channelId(), i.title(), i.severity(),
                i.status(), i.service(), null, null, i.declaredBy(), at, null, null, null, null, i.declareKey(), 0, null,
                at, 0);
    }
}
