package com.nexus.chatops.action.k8s;

import static com.nexus.chatops.action.k8s.Cluster.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class LogsCrudTest {
    private static final String LOG = "/api/v1/namespaces/nexus-prod/pods/%s/log?pretty=false&container=%s%s"
            + "&tailLines=%d";
    KubernetesMockServer server;
    KubernetesClient client;
    private Cluster cluster;
    private Deployments deployments;

    @BeforeEach
    void seed() {
        cluster = new Cluster(client);
        cluster.deployment(3, "repo/api:3", 3);
        deployments = new Deployments(client);
    }

    @Test
    void shouldReadRunningPodAndNameTheOthersWhenSeveralExist() {
        cluster.pod("nexus-core-api-h3-running", "Running", true, 0, Duration.ofHours(2));
        cluster.pod("nexus-core-api-h3-pending", "Pending", false, 0, Duration.ofMinutes(1));
        expectLog("nexus-core-api-h3-running", "api", false, 50, "started\nlistening on 8080\n");

        LogTail tail = deployments.logs(TARGET, false, 50, Optional.empty());

        assertThat(tail.pod()).isEqualTo("nexus-core-api-h3-running");
        assertThat(tail.container()).isEqualTo("api");
        assertThat(tail.text()).isEqualTo("started\nlistening on 8080\n");
        assertThat(tail.lines()).isEqualTo(2);
        assertThat(tail.truncated()).isFalse();
        assertThat(tail.truncation()).isEmpty();
        assertThat(tail.otherPods()).containsExactly("nexus-core-api-h3-pending");
    }

    @Test
    void shouldReadMostRestartedPodsPreviousContainerWhenPreviousIsAsked() {
        cluster.pod("nexus-core-api-h3-calm", "Running", true, 0, Duration.ofMinutes(2));
        cluster.pod("nexus-core-api-h3-crashy", "Running", false, 7, Duration.ofMinutes(20));
        expectLog("nexus-core-api-h3-crashy", "sidecar", true, 20, "panic: nil map\n");

        LogTail tail = deployments.logs(TARGET, true, 20, Optional.of("sidecar"));

        assertThat(tail.pod()).isEqualTo("nexus-core-api-h3-crashy");
        assertThat(tail.previous()).isTrue();
        assertThat(tail.text()).isEqualTo("panic: nil map\n");
    }

    @Test
    void shouldStayWithinSlackBoundsWhenLogHasTenThousandLines() {
        cluster.pod("nexus-core-api-h3-aaaaa", "Running", true, 0, Duration.ofMinutes(2));
        String tenThousand = IntStream.rangeClosed(1, 10_000)
                .mapToObj(i -> "2026-03-01T10:00:00Z INFO request " + i + " served in 12ms path=/v1/orders")
                .collect(Collectors.joining("\n", "", "\n"));
        expectLog("nexus-core-api-h3-aaaaa", "api", false, LogTail.MAX_LINES, tenThousand);

        LogTail tail = deployments.logs(TARGET, false, 10_000, Optional.empty());

        assertThat(tail.text().length()).isLessThanOrEqualTo(LogTail.MAX_CHARS);
        assertThat(tail.lines()).isLessThanOrEqualTo(LogTail.MAX_LINES).isEqualTo(tail.text().split("\n").length);
        assertThat(tail.text()).endsWith("request 10000 served in 12ms path=/v1/orders\n");
        assertThat(tail.truncated()).isTrue();
        assertThat(tail.truncation()).hasValueSatisfying(note -> assertThat(note)
                .contains("at most 1000 lines are read (asked for 10000)")
                .contains("showing the last " + tail.lines() + " of 10000 lines read"));
    }

    @Test
    void shouldStopReadingWhenServerSendsMoreThanTheReadCap() {
        cluster.pod("nexus-core-api-h3-aaaaa", "Running", true, 0, Duration.ofMinutes(2));
        String line = "x".repeat(5_000);
        String huge = IntStream.range(0, 300).mapToObj(i -> line).collect(Collectors.joining("\n"));
        expectLog("nexus-core-api-h3-aaaaa", "api", false, 100, huge);

        LogTail tail = deployments.logs(TARGET, false, 100, Optional.empty());

        assertThat(tail.text().length()).isLessThanOrEqualTo(LogTail.MAX_CHARS);
        assertThat(tail.text().lines()).allSatisfy(l -> assertThat(l.length()).isEqualTo(LogTail.MAX_LINE_CHARS));
        assertThat(tail.truncation()).hasValueSatisfying(note -> assertThat(note)
                .contains("were cut").contains("reading stopped after"));
    }

    @Test
    void shouldNameContainersWhenAskedContainerDoesNotExist() {
        cluster.pod("nexus-core-api-h3-aaaaa", "Running", true, 0, Duration.ofMinutes(2));

        assertThatThrownBy(() -> deployments.logs(TARGET, false, 10, Optional.of("worker")))
                .isInstanceOf(NexusException.class)
                .hasMessage("Pod nexus-core-api-h3-aaaaa has no container \"worker\"; its containers: api, sidecar");
    }

    @Test
    void shouldSaySoWhenDeploymentHasNoPods() {
        assertThatThrownBy(() -> deployments.logs(TARGET, false, 10, Optional.empty()))
                .isInstanceOf(NexusException.class).hasMessageContaining("has no pods in nexus-prod");
    }

    private void expectLog(String pod, String container, boolean previous, int tail, String body) {
        server.expect().get().withPath(String.format(LOG, pod, container, previous ? "&previous=true" : "", tail))
                .andReturn(200, body).once();
    }
}
