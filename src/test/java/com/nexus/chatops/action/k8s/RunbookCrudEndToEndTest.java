package com.nexus.chatops.action.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.guard.view.ActionMessages;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.pagerduty.Webhooks;
import com.nexus.chatops.testing.FakeMessage;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.PagerDutySigner;
import com.nexus.chatops.testing.RunningNexus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed PagerDuty page titled like seed 000's alert, through the real server, the fake Slack and the CRUD mock
 * cluster: the incident channel gets the high-error-rate runbook, its buttons run their commands through the
 * same guard as typing them, and the recent-deploy hint follows the age of the newest ReplicaSet. nexus's clock
 * runs ahead of the cluster's (which stamps every object "now") to age what the cluster holds.
 */
@EnableKubernetesMockClient(crud = true)
class RunbookCrudEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SECRET = "pd-webhook-secret";
    private static final String CORE_API = "PXXXXX4";
    private static final String ALICE = "U0000000001";
    private static final String TITLE = "Nexus API High Error Rate";

    KubernetesMockServer server;
    KubernetesClient client;
    @TempDir
    Path dir;
    private FakeSlack slack;
    private RunningNexus nexus;

    private void start(Duration clusterAge) throws Exception {
        new Cluster(client).threeDeploys();
        slack = FakeSlack.start().addChannel("C0STATUS", "nexus-status")
                .addUser(ALICE, "alice", "alice@example.com");
        Deployments deployments = new Deployments(client, client, Clock.systemUTC(), Duration.ofMillis(50), false);
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"),
                Map.of("PAGERDUTY_WEBHOOK_SECRET", SECRET),
                new KubernetesActions(ConfigLoader.load(RunningNexus.exampleConfig()), () -> deployments),
                Clock.offset(Clock.systemUTC(), clusterAge));
    }

    @AfterEach
    void stop() throws Exception {
        if (nexus != null) {
            nexus.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    void shouldPostTheHighErrorRateRunbookWithButtonsThatRunThroughTheGuardWhenPagerDutyPages() throws Exception {
        start(Duration.ofMinutes(10));

        Incident incident = page("PRB0001");
        FakeMessage runbook = awaitRunbook(incident);

        Map<String, JsonNode> buttons = buttons(runbook.blocksJson());
        assertThat(buttons.keySet()).contains("history core-api", "pods core-api", "events core-api",
                "rollback core-api");
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.bookmarks(incident.channelId()))
                .anySatisfy(b -> assertThat(b.title()).isEqualTo("Runbook: API high error rate")));

        join(incident);
        click(incident, buttons.get("history core-api"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.ephemerals()).anySatisfy(e -> {
            assertThat(e.user()).isEqualTo(ALICE);
            assertThat(e.text()).contains("REVISION  IMAGES  CHANGE-CAUSE  CREATED")
                    .contains("3 (current)  api=repo/api:3  deploy 3 by carol");
        }));
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.message(incident.channelId(), runbook.ts())
                .orElseThrow().blocksText()).contains("Last run by <@" + ALICE + ">"));
        assertThat(slack.messages(incident.channelId())).filteredOn(m -> m.text().startsWith("Runbook:")).hasSize(1);

        click(incident, buttons.get("rollback core-api"));
        FakeMessage confirmation = await().atMost(WAIT).until(() -> slack.messages(incident.channelId()).stream()
                .filter(m -> m.blocksJson() != null && m.blocksJson().contains(ActionMessages.CONFIRM))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(confirmation.blocksText()).contains("Revision 3 (api=repo/api:3) → revision 2 (api=repo/api:2)")
                .contains("Requested by <@" + ALICE + ">");
        assertThat(Cluster.image(new Cluster(client).stored())).isEqualTo("repo/api:3");
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.message(incident.channelId(), runbook.ts())
                .orElseThrow().blocksText()).contains("Last requested by <@" + ALICE + ">"));
    }

    @Test
    void shouldHintAtTheRollbackWhenTheNewestReplicaSetRolledOutTenMinutesBeforeThePage() throws Exception {
        start(Duration.ofMinutes(10));

        FakeMessage runbook = awaitRunbook(page("PRB0002"));

        assertThat(runbook.blocksText()).contains("If recent deployment")
                .contains("nexus-core-api revision 3 rolled out 10 min before the incident started")
                .contains("rolling back returns to nexus-core-api revision 2");
        assertThat(runbook.blocksJson()).contains("runbook.step.resolve-1.hint");
    }

    @Test
    void shouldNotHintAtARollbackWhenTheNewestReplicaSetIsThreeDaysOld() throws Exception {
        start(Duration.ofDays(3));

        FakeMessage runbook = awaitRunbook(page("PRB0003"));

        assertThat(runbook.blocksText()).doesNotContain("rolled out").doesNotContain("If recent deployment*");
        assertThat(runbook.blocksJson()).doesNotContain("runbook.step.resolve-1.hint")
                .contains("runbook.step.resolve-1\"");
    }

    private Incident page(String pdId) {
        String body = Webhooks.incident("ev-" + pdId, "incident.triggered", pdId, CORE_API, "high", "P2", null,
                TITLE);
        assertThat(Webhooks.deliver(nexus.baseUri(), body, PagerDutySigner.v1(SECRET, body)).status()).isEqualTo(202);
        IncidentRepository incidents = new IncidentRepository(nexus.nexus().database().jdbc(), Clock.systemUTC());
        return await().atMost(WAIT).until(() -> incidents.findByPagerDuty(pdId).filter(i -> i.channelId() != null),
                Optional::isPresent).orElseThrow();
    }

    private FakeMessage awaitRunbook(Incident incident) {
        return await().atMost(WAIT).until(() -> slack.messages(incident.channelId()).stream()
                .filter(m -> m.text().startsWith("Runbook: API high error rate (high-error-rate)")).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private void join(Incident incident) throws Exception {
        slack.methods().conversationsInvite(r -> r.token(RunningNexus.BOT_TOKEN).channel(incident.channelId())
                .users(List.of(ALICE)));
    }

    private void click(Incident incident, JsonNode button) {
        assertThat(nexus.requests().blockAction(button.path("action_id").asText(), button.path("value").asText())
                .user(ALICE, "alice").channel(incident.channelId(), incident.channelName()).send(nexus.baseUri())
                .status()).isEqualTo(200);
    }

    /** The step buttons of a runbook message, by their label. */
    private static Map<String, JsonNode> buttons(String blocksJson) throws Exception {
        Map<String, JsonNode> buttons = new LinkedHashMap<>();
        for (JsonNode block : new ObjectMapper().readTree(blocksJson)) {
            JsonNode accessory = block.path("accessory");
            if ("button".equals(accessory.path("type").asText())
                    && !accessory.path("action_id").asText().endsWith(".hint")) {
                buttons.put(accessory.path("text").path("text").asText(), accessory);
            }
        }
        return buttons;
    }
}
