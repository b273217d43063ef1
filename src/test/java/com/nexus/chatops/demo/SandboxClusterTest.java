package com.nexus.chatops.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.action.k8s.Deployments;
import com.nexus.chatops.action.k8s.Revision;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.config.NexusConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sandbox cluster as nexus's own Kubernetes code reads it: six services, two deploys each, rollouts that end. */
class SandboxClusterTest {

    @Test
    void shouldSeedEveryServiceWithTwoRevisionsAndCoreApisNewestMinutesOld() throws Exception {
        try (DemoFiles files = DemoFiles.create();
             SandboxCluster cluster = SandboxCluster.start(ConfigLoader.load(files.config()), Duration.ofMillis(200))) {
            NexusConfig config = ConfigLoader.load(files.config());
            Deployments k8s = Deployments.over(cluster.client(), Duration.ofMillis(200));

            assertThat(cluster.deployments()).isEqualTo(6);
            List<Revision> history = k8s.history(coreApi(config));
            assertThat(history).extracting(Revision::number).containsExactlyInAnyOrder(1, 2);
            Revision newest = history.stream().filter(r -> r.number() == 2).findFirst().orElseThrow();
            assertThat(newest.images()).containsExactly("app=ghcr.io/nexus/core-api:2.14.0");
            assertThat(newest.createdAt()).get().satisfies(at ->
                    assertThat(Duration.between(at, Instant.now())).isBetween(Duration.ofMinutes(10),
                            Duration.ofMinutes(20)));
            assertThat(k8s.status(coreApi(config)).complete()).isTrue();
        }
    }

    @Test
    void shouldCarryARollbackThroughToACompleteRolloutAtANewRevision() throws Exception {
        try (DemoFiles files = DemoFiles.create()) {
            NexusConfig config = ConfigLoader.load(files.config());
            try (SandboxCluster cluster = SandboxCluster.start(config, Duration.ofMillis(100))) {
                Deployments k8s = Deployments.over(cluster.client(), Duration.ofMillis(100));
                Kubernetes target = coreApi(config);

                k8s.rollback(target, Optional.empty(), false);

                var done = k8s.awaitRollout(target, Duration.ofSeconds(20), s -> { });
                assertThat(done.complete()).isTrue();
                assertThat(k8s.history(target)).extracting(Revision::number).containsExactlyInAnyOrder(2, 3);
                assertThat(k8s.pods(target)).hasSize(3);
                await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(k8s.history(target))
                        .filteredOn(Revision::current).singleElement()
                        .satisfies(r -> assertThat(r.images()).containsExactly("app=ghcr.io/nexus/core-api:2.13.2")));
            }
        }
    }

    private static Kubernetes coreApi(NexusConfig config) {
        return config.service("core-api").flatMap(s -> s.kubernetes()).orElseThrow();
    }
}
