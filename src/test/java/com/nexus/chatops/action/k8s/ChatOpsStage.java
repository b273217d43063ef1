package com.nexus.chatops.action.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.guard.view.ActionMessages;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.testing.FakeMessage;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.ResponseUrlPost;
import com.nexus.chatops.testing.RunningNexus;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real nexus server over the fake Slack and fabric8's CRUD mock cluster: nexus.example.yml's policy, an
 * incident channel at sev2, responders alice and bob, lead carol. Commands and clicks are signed Slack requests.
 */
final class ChatOpsStage implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String INCIDENT = "C0INC0001";
    static final String INCIDENT_NAME = "incident-20261124-001";
    static final String GENERAL = "C0GENERAL";
    static final String ALICE = "U0000000001";
    static final String BOB = "U0000000002";
    static final String CAROL = "U0000000003";
    static final String MALLORY = "U0000000099";

    final FakeSlack slack;
    final RunningNexus nexus;
    private final AtomicInteger responses = new AtomicInteger();

    ChatOpsStage(KubernetesClient client, Path dir) throws Exception {
        slack = FakeSlack.start();
        slack.addUser(ALICE, "alice", "alice@example.com").addUser(BOB, "bob", "bob@example.com")
                .addUser(CAROL, "carol", "carol@example.com").addUser(MALLORY, "mallory", "mallory@example.com");
        slack.addUsergroup("S0000000001", "oncall");
        slack.addChannel(INCIDENT, INCIDENT_NAME, ALICE, BOB, CAROL, MALLORY);
        slack.addChannel(GENERAL, "general", ALICE, BOB, CAROL, MALLORY);
        // a fast poll so following the rollout ends within the test; the client belongs to the mock server
        Deployments deployments = new Deployments(client, client, Clock.systemUTC(), Duration.ofMillis(50), false);
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), Map.of(),
                new KubernetesActions(ConfigLoader.load(RunningNexus.exampleConfig()), () -> deployments));
        IncidentRepository incidents = new IncidentRepository(nexus.nexus().database().jdbc(), Clock.systemUTC());
        Incident i = incidents.insertOrGet(new NewIncident("e2e-k8s", LocalDate.of(2026, 11, 24), 1, INCIDENT_NAME,
                "core-api 5xx", "sev2", "core-api", ALICE, Instant.now(), null, null));
        incidents.modify(i.id(), x -> x.withChannel(INCIDENT_NAME, 1, INCIDENT));
    }

    /** `/nexus <text>` by {@code user} in the incident channel; the reply nexus sent to the response_url. */
    ResponseUrlPost command(String user, String text) {
        return command(user, text, INCIDENT, INCIDENT_NAME);
    }

    ResponseUrlPost command(String user, String text, String channel, String channelName) {
        String id = "r" + responses.incrementAndGet();
        int status = nexus.requests().slashCommand(text).user(user, user).channel(channel, channelName)
                .responseUrl(slack.responseUrl(id)).send(nexus.baseUri()).status();
        assertThat(status).isEqualTo(200);
        return slack.awaitResponseUrlPost(id, WAIT);
    }

    /** The newest message in the incident channel that carries a Confirm button. */
    FakeMessage awaitConfirmation() {
        return await().atMost(WAIT).until(() -> slack.messages(INCIDENT).stream()
                .filter(m -> m.blocksJson() != null && m.blocksJson().contains(ActionMessages.CONFIRM))
                .reduce((a, b) -> b).orElse(null), m -> m != null);
    }

    void click(String actionId, String pendingId, String user) {
        assertThat(nexus.requests().blockAction(actionId, pendingId).user(user, user).channel(INCIDENT, INCIDENT_NAME)
                .send(nexus.baseUri()).status()).isEqualTo(200);
    }

    /** Confirms the newest confirmation as {@code user} and waits until the channel says it ran. */
    void confirmAndAwaitDone(String user) throws Exception {
        String id = pendingId(awaitConfirmation().blocksJson());
        click(ActionMessages.CONFIRM, id, user);
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.messages(INCIDENT))
                .anySatisfy(m -> assertThat(m.text()).contains("done.")));
    }

    FakeMessage awaitMessage(String fragment) {
        return await().atMost(WAIT).until(() -> slack.messages(INCIDENT).stream()
                .filter(m -> m.text() != null && m.text().contains(fragment)).findFirst().orElse(null), m -> m != null);
    }

    List<AuditRecord> audit() {
        return new AuditLog(nexus.nexus().database().jdbc()).page(0, 10_000).stream().map(ChainedRecord::record)
                .toList();
    }

    /** Nothing nexus sent was refused: every Web API call answered ok, every response_url post was accepted. */
    void assertSlackAcceptedEverything() {
        // a 429 is a rate limit Bolt waits out and retries (the retry is recorded too), not a rejection
        assertThat(slack.calls()).isNotEmpty().filteredOn(c -> c.httpStatus() != 429).allSatisfy(c -> assertThat(c.ok())
                .as("%s answered %s", c.method(), c.error()).isTrue());
        assertThat(slack.allResponseUrlPosts()).isNotEmpty().allSatisfy(p -> assertThat(p.accepted())
                .as("response_url post %s", p.body()).isTrue());
    }

    static String pendingId(String blocksJson) throws Exception {
        return buttonValue(blocksJson, ActionMessages.CONFIRM);
    }

    static String buttonValue(String blocksJson, String actionId) throws Exception {
        for (JsonNode block : new ObjectMapper().readTree(blocksJson)) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no " + actionId + " button in " + blocksJson);
    }

    @Override
    public void close() throws Exception {
        nexus.close();
        slack.close();
    }
}
