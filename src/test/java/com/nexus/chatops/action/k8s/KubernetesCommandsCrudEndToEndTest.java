package com.nexus.chatops.action.k8s;

import static com.nexus.chatops.action.k8s.ChatOpsStage.ALICE;
import static com.nexus.chatops.action.k8s.ChatOpsStage.INCIDENT;
import static com.nexus.chatops.action.k8s.ChatOpsStage.MALLORY;
import static com.nexus.chatops.action.k8s.ChatOpsStage.WAIT;
import static com.nexus.chatops.action.k8s.Cluster.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.testing.FakeFile;
import com.nexus.chatops.testing.ResponseUrlPost;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes reads through the real server: signed `/nexus pods|history|events|logs core-api` from a
 * responder, answered from the mock cluster with kubectl-shaped tables, within what Slack accepts.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesCommandsCrudEndToEndTest {
    private static final String LOG = "/api/v1/namespaces/nexus-prod/pods/%s/log?pretty=false&container=api"
            + "&tailLines=%d";
    KubernetesMockServer server;
    KubernetesClient client;
    @TempDir
    Path dir;
    private Cluster cluster;
    private ChatOpsStage stage;

    @BeforeEach
    void start() throws Exception {
        cluster = new Cluster(client);
        cluster.threeDeploys();
        stage = new ChatOpsStage(client, dir);
    }

    @AfterEach
    void stop() throws Exception {
        stage.close();
    }

    @Test
    void shouldListPodsWithKubectlColumnsWhenAResponderAsks() {
        cluster.pod("nexus-core-api-h3-aaaaa", "Running", true, 0, Duration.ZERO);
        cluster.pod("nexus-core-api-h3-bbbbb", "Pending", false, 7, Duration.ZERO);

        String reply = stage.command(ALICE, "pods core-api").text();

        assertThat(reply).contains("NAME  READY  STATUS  RESTARTS  AGE  NODE")
                .containsPattern("nexus-core-api-h3-aaaaa  2/2  Running  0  \\d+s  node-1")
                .containsPattern("nexus-core-api-h3-bbbbb  1/2  Pending  7  \\d+s  node-1");
        stage.assertSlackAcceptedEverything();
    }

    @Test
    void shouldShowRevisionsWithImageAndChangeCauseWhenAskedForHistory() {
        String reply = stage.command(ALICE, "history core-api").text();

        assertThat(reply).contains("REVISION  IMAGES  CHANGE-CAUSE  CREATED")
                .containsPattern("1  api=repo/api:1  deploy 1 by alice  20\\d\\d-")
                .containsPattern("2  api=repo/api:2  deploy 2 by bob  20\\d\\d-")
                .containsPattern("3 \\(current\\)  api=repo/api:3  deploy 3 by carol  20\\d\\d-");
        assertThat(reply.indexOf("api=repo/api:1")).isLessThan(reply.indexOf("api=repo/api:2"));
    }

    @Test
    void shouldPutWarningsFirstWhenAskedForEvents() {
        event("e1", "Normal", "ScalingReplicaSet", "Deployment", "nexus-core-api", "2026-03-01T11:00:00Z");
        event("e2", "Warning", "BackOff", "Pod", "nexus-core-api-h3-aaaaa", "2026-03-01T09:00:00Z");

        String reply = stage.command(ALICE, "events core-api").text();

        assertThat(reply).contains("TYPE  REASON  OBJECT  MESSAGE", "Warning  BackOff  Pod/nexus-core-api-h3-aaaaa",
                "Normal  ScalingReplicaSet");
        assertThat(reply.indexOf("BackOff")).isLessThan(reply.indexOf("ScalingReplicaSet"));
    }

    @Test
    void shouldUploadASnippetSlackAcceptsWhenTenThousandLogLinesAreAsked() {
        cluster.pod("nexus-core-api-h3-aaaaa", "Running", true, 0, Duration.ZERO);
        String tenThousand = IntStream.rangeClosed(1, 10_000)
                .mapToObj(i -> "2026-03-01T10:00:00Z INFO request " + i + " served in 12ms path=/v1/orders `x` <y>")
                .collect(Collectors.joining("\n", "", "\n"));
        server.expect().get().withPath(String.format(LOG, "nexus-core-api-h3-aaaaa", LogTail.MAX_LINES))
                .andReturn(200, tenThousand).once();

        ResponseUrlPost reply = stage.command(ALICE, "logs core-api --tail 10000");

        assertThat(reply.text()).contains("Logs of nexus-core-api-h3-aaaaa (api)", "attached as a snippet",
                "at most 1000 lines are read (asked for 10000)");
        FakeFile snippet = await().atMost(WAIT).until(() -> stage.slack.files().stream()
                .filter(FakeFile::uploaded).findFirst().orElse(null), f -> f != null);
        assertThat(snippet.channel()).isEqualTo(INCIDENT);
        assertThat(snippet.contentAsString()).endsWith("request 10000 served in 12ms path=/v1/orders `x` <y>\n")
                .doesNotContain("request 9000 served");
        stage.assertSlackAcceptedEverything();
    }

    @Test
    void shouldDenyAndAuditWhenAUserOutsideTheRolesAsksForPods() {
        String reply = stage.command(MALLORY, "pods core-api").text();

        assertThat(reply).contains("Denied").contains("responders");
        assertThat(stage.audit()).anySatisfy(r -> {
            assertThat(r.actor()).isEqualTo(MALLORY);
            assertThat(r.action()).isEqualTo("k8s.pods");
            assertThat(r.verdict()).isEqualTo("deny");
        });
    }

    private void event(String name, String type, String reason, String kind, String object, String last) {
        client.v1().events().inNamespace(NS).resource(new EventBuilder().withNewMetadata().withName(name)
                .endMetadata().withType(type).withReason(reason).withMessage(reason + " happened").withCount(1)
                .withLastTimestamp(last).withNewInvolvedObject().withKind(kind).withName(object)
                .withNamespace(NS).endInvolvedObject().build()).create();
    }
}
