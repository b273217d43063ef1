package com.nexus.chatops.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.guard.FakeActions;
import com.nexus.chatops.guard.view.ActionMessages;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.testing.FakeMessage;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.HttpPoster;
import com.nexus.chatops.testing.RunningNexus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 declares at once, against Slack's Tier-2 pacing of conversations.create (about 20 a minute): the help
 * and the Confirm issued right after them are answered within Slack's 3 s, and the declares that must wait
 * say where they are in line.
 */
class DeclareStormLanesTest {
    private static final Duration SLACK_PATIENCE = Duration.ofSeconds(3);
    private static final int DECLARES = 200;
    private static final String CHANNEL = "C0INC0009";
    private static final String NAME = "incident-20261124-009";
    private static final String REQUESTER = "U0000000001";

    @TempDir
    Path dir;
    private FakeSlack slack;
    private RunningNexus nexus;
    private final FakeActions infra = new FakeActions();

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        slack.addUser(REQUESTER, "alice", "alice@example.com").addChannel(CHANNEL, NAME, REQUESTER);
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), Map.of(), infra);
        IncidentRepository incidents = new IncidentRepository(nexus.nexus().database().jdbc(), Clock.systemUTC());
        Incident i = incidents.insertOrGet(new NewIncident("storm", LocalDate.of(2026, 11, 24), 9, NAME,
                "core-api 5xx", "sev2", "core-api", REQUESTER, Instant.now(), null, null));
        incidents.modify(i.id(), x -> x.withChannel(NAME, 9, CHANNEL));
    }

    @AfterEach
    void stop() throws Exception {
        nexus.close();
        slack.close();
    }

    @Test
    void shouldAnswerHelpAndAConfirmWithinThreeSecondsWhileTwoHundredDeclaresWaitForSlack() throws Exception {
        String pendingId = askForARollback();

        List<HttpPoster.Result> acks = declareAtOnce(DECLARES);
        long helpSent = System.nanoTime();
        nexus.requests().slashCommand("help").responseUrl(slack.responseUrl("help")).send(nexus.baseUri());
        slack.awaitResponseUrlPost("help", SLACK_PATIENCE);
        Duration helpAnswered = Duration.ofNanos(System.nanoTime() - helpSent);
        assertThat(nexus.requests().blockAction(ActionMessages.CONFIRM, pendingId).user(REQUESTER, "alice")
                .channel(CHANNEL, NAME).send(nexus.baseUri()).status()).isEqualTo(200);
        await().atMost(SLACK_PATIENCE).until(() -> infra.executed.size() == 1);
        await().atMost(SLACK_PATIENCE).until(() -> slack.ephemerals().stream()
                .anyMatch(e -> e.user().equals(REQUESTER)));

        assertThat(helpAnswered).isLessThan(SLACK_PATIENCE);
        assertThat(acks).hasSize(DECLARES).allSatisfy(ack -> assertThat(ack.status()).isEqualTo(200));
        assertThat(acks).allSatisfy(ack -> assertThat(ack.elapsed()).isLessThan(SLACK_PATIENCE));
        assertThat(acks).extracting(HttpPoster.Result::body)
                .anySatisfy(body -> assertThat(body).contains("queued: Slack allows ~20 new channels a minute")
                        .contains("in line"));
        assertThat(slack.calls("conversations.create")).hasSizeLessThan(DECLARES);
    }

    private String askForARollback() throws Exception {
        nexus.requests().slashCommand("rollback core-api").user(REQUESTER, "alice").channel(CHANNEL, NAME)
                .responseUrl(slack.responseUrl("ask")).send(nexus.baseUri());
        FakeMessage confirmation = await().atMost(Duration.ofSeconds(10)).until(() -> slack.messages(CHANNEL)
                .stream().filter(m -> m.blocksJson() != null && m.blocksJson().contains(ActionMessages.CONFIRM))
                .findFirst().orElse(null), m -> m != null);
        for (JsonNode block : new ObjectMapper().readTree(confirmation.blocksJson())) {
            for (JsonNode element : block.path("elements")) {
                if (ActionMessages.CONFIRM.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no Confirm button in " + confirmation.blocksJson());
    }

    private List<HttpPoster.Result> declareAtOnce(int count) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(64);
        try {
            List<Future<HttpPoster.Result>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                var declare = nexus.requests().slashCommand("declare sev3 Storm number " + i)
                        .responseUrl(slack.responseUrl("declare-" + i));
                sent.add(senders.submit(() -> declare.send(nexus.baseUri())));
            }
            List<HttpPoster.Result> acks = new ArrayList<>();
            for (Future<HttpPoster.Result> ack : sent) {
                acks.add(ack.get());
            }
            return acks;
        } finally {
            senders.shutdownNow();
        }
    }
}
