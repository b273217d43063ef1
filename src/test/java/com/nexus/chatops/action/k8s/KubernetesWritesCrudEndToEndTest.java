package com.nexus.chatops.action.k8s;

import static com.nexus.chatops.action.k8s.ChatOpsStage.ALICE;
import static com.nexus.chatops.action.k8s.ChatOpsStage.BOB;
import static com.nexus.chatops.action.k8s.ChatOpsStage.CAROL;
import static com.nexus.chatops.action.k8s.Cluster.NAME;
import static com.nexus.chatops.action.k8s.Cluster.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.guard.view.ActionMessages;
import com.nexus.chatops.testing.FakeMessage;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rollback, restart and scale through the real server: a responder asks in the incident channel, sees the
 * preview, confirms with a signed click, and the mock cluster's Deployment changes — or, when the guard says no,
 * nothing changes and the denial is audited.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesWritesCrudEndToEndTest {
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
        cluster.pod("nexus-core-api-h3-aaaaa", "Running", true, 0, Duration.ZERO);
        cluster.pod("nexus-core-api-h3-bbbbb", "Running", true, 0, Duration.ZERO);
        settledStatus();
        stage = new ChatOpsStage(client, dir);
    }

    @AfterEach
    void stop() throws Exception {
        stage.close();
    }

    @Test
    void shouldRestoreThePreviousImageWhenTheRequesterConfirmsARollback() throws Exception {
        String asked = stage.command(ALICE, "rollback core-api").text();

        FakeMessage confirmation = stage.awaitConfirmation();
        assertThat(asked).contains("Confirmation posted");
        assertThat(confirmation.blocksText()).contains("Revision 3 (api=repo/api:3) → revision 2 (api=repo/api:2)")
                .containsPattern("Current revision rolled out \\d+s ago \\(deploy 3 by carol\\)");
        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:3");

        stage.confirmAndAwaitDone(ALICE);

        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:2");
        assertThat(stage.awaitMessage("Rollout complete").text()).contains("3 updated, 3 ready, 3 available of 3");
        assertThat(stage.slack.messages(ChatOpsStage.INCIDENT)).filteredOn(m -> m.text().contains("Rollout complete"))
                .hasSize(1);
        assertThat(stage.audit()).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("k8s.rollback");
            assertThat(r.actor()).isEqualTo(ALICE);
            assertThat(r.outcome()).isEqualTo("done");
        });
        stage.assertSlackAcceptedEverything();
    }

    @Test
    void shouldRollBackToTheNamedRevisionWhenToRevisionIsGiven() throws Exception {
        stage.command(ALICE, "rollback core-api --to-revision 1");
        assertThat(stage.awaitConfirmation().blocksText())
                .contains("Revision 3 (api=repo/api:3) → revision 1 (api=repo/api:1)");

        stage.confirmAndAwaitDone(ALICE);

        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:1");
    }

    @Test
    void shouldDenyASecondRollbackWhenItIsInsideTheCooldown() throws Exception {
        stage.command(ALICE, "rollback core-api");
        stage.confirmAndAwaitDone(ALICE);

        String again = stage.command(BOB, "rollback core-api --to-revision 3").text();

        assertThat(again).contains("Denied", "k8s.rollback last ran on core-api", "wait", "cooldownSeconds");
        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:2");
        assertThat(stage.audit()).anySatisfy(r -> {
            assertThat(r.actor()).isEqualTo(BOB);
            assertThat(r.verdict()).isEqualTo("deny");
            assertThat(r.reason()).contains("cooldown:");
        });
    }

    @Test
    void shouldSetTheRestartedAtAnnotationOnlyAfterTheRequesterConfirms() throws Exception {
        stage.command(ALICE, "restart core-api");
        assertThat(stage.awaitConfirmation().blocksText())
                .contains("Pods to be replaced", "nexus-core-api-h3-aaaaa", "nexus-core-api-h3-bbbbb");
        assertThat(cluster.stored().getSpec().getTemplate().getMetadata().getAnnotations())
                .doesNotContainKey(Restarts.RESTARTED_AT);

        stage.confirmAndAwaitDone(ALICE);

        assertThat(cluster.stored().getSpec().getTemplate().getMetadata().getAnnotations())
                .containsKey(Restarts.RESTARTED_AT);
    }

    @Test
    void shouldDenyNamingTheBoundsAndAuditWhenScalingBeyondThem() {
        String reply = stage.command(ALICE, "scale core-api 9").text();

        assertThat(reply).contains("Denied", "core-api may be scaled to 3–5 replicas", "9 is outside");
        assertThat(cluster.stored().getSpec().getReplicas()).isEqualTo(3);
        assertThat(stage.slack.messages(ChatOpsStage.INCIDENT)).isEmpty();
        assertThat(stage.audit()).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("k8s.scale");
            assertThat(r.verdict()).isEqualTo("deny");
            assertThat(r.reason()).contains("bounds:");
        });
    }

    @Test
    void shouldSendOnlyADryRunAndChangeNothingWhenRollbackIsADryRun() throws Exception {
        Deployment wouldBe = cluster.stored();
        wouldBe.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("repo/api:2");
        // the CRUD mock would persist a dry run: answering the dryRun=All path here proves the flag was sent
        server.expect().patch().withPath(Cluster.DEPLOYMENT_PATH + "?dryRun=All").andReturn(200, wouldBe).once();

        String reply = stage.command(ALICE, "rollback core-api --dry-run").text();

        assertThat(reply).contains("Dry run", "nothing was changed", "would roll back");
        assertThat(Cluster.image(cluster.stored())).isEqualTo("repo/api:3");
        assertThat(stage.slack.messages(ChatOpsStage.INCIDENT)).isEmpty();
        assertThat(stage.audit()).anySatisfy(r -> assertThat(r.outcome()).isEqualTo("dry run, nothing changed"));
    }

    @Test
    void shouldRollBackAgainWhenALeadOverridesTheCooldownWithAReason() throws Exception {
        stage.command(ALICE, "rollback core-api");
        String firstConfirmationTs = stage.awaitConfirmation().ts();
        stage.confirmAndAwaitDone(ALICE);
        assertThat(stage.command(BOB, "rollback core-api --to-revision 1").text()).contains("Denied");
        FakeMessage denial = stage.awaitMessage("was denied");
        String held = ChatOpsStage.buttonValue(denial.blocksJson(), ActionMessages.OVERRIDE);

        stage.click(ActionMessages.OVERRIDE, held, BOB);
        await().atMost(ChatOpsStage.WAIT).until(() -> stage.slack.ephemerals().stream()
                .anyMatch(e -> e.user().equals(BOB) && e.text().contains("only members of leads")));
        stage.click(ActionMessages.OVERRIDE, held, CAROL);
        await().atMost(ChatOpsStage.WAIT).until(() -> !stage.slack.views().isEmpty());
        String externalId = stage.slack.views().get(0).externalId();
        assertThat(stage.nexus.requests().viewSubmission(ActionMessages.OVERRIDE_CALLBACK).externalId(externalId)
                .privateMetadata(held)
                .user(CAROL, "carol").input(ActionMessages.REASON, ActionMessages.REASON, "revision 2 also fails")
                .send(stage.nexus.baseUri()).status()).isEqualTo(200);
        FakeMessage fresh = await().atMost(ChatOpsStage.WAIT).until(stage::awaitConfirmation,
                m -> !m.ts().equals(firstConfirmationTs));
        assertThat(fresh.blocksText()).contains("revision 1 (api=repo/api:1)",
                "Cooldown overridden by <@" + CAROL + ">: revision 2 also fails");
        stage.click(ActionMessages.CONFIRM, ChatOpsStage.pendingId(fresh.blocksJson()), BOB);

        await().atMost(ChatOpsStage.WAIT).until(() -> Cluster.image(cluster.stored()).equals("repo/api:1"));
        assertThat(stage.audit()).anySatisfy(r -> {
            assertThat(r.actor()).isEqualTo(CAROL);
            assertThat(r.verdict()).isEqualTo("override");
            assertThat(r.reason()).contains("revision 2 also fails");
        });
        stage.assertSlackAcceptedEverything();
    }

    /** The controller's part, which the mock does not play: every generation observed, all replicas available. */
    private void settledStatus() {
        client.apps().deployments().inNamespace(NS).withName(NAME).editStatus(d -> {
            d.setStatus(new DeploymentStatusBuilder().withObservedGeneration(1_000L).withReplicas(3)
                    .withUpdatedReplicas(3).withReadyReplicas(3).withAvailableReplicas(3)
                    .withConditions(new DeploymentConditionBuilder().withType("Progressing").withStatus("True")
                            .withReason("NewReplicaSetAvailable").withMessage("has successfully progressed").build())
                    .build());
            return d;
        });
    }
}
