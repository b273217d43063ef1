package com.nexus.chatops;

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
import com.nexus.chatops.testing.RunningNexus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `/nexus rollback core-api` through the real server: confirmation message, signed button clicks, one run. */
class GuardedActionEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CHANNEL = "C0INC0001";
    private static final String NAME = "incident-20261124-001";
    private static final String REQUESTER = "U0000000001";
    private static final String OTHER = "U0000000002";

    @TempDir
    Path dir;
    private FakeSlack slack;
    private RunningNexus nexus;
    private final FakeActions infra = new FakeActions();

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        slack.addUser(REQUESTER, "alice", "alice@example.com").addUser(OTHER, "bob", "bob@example.com");
        slack.addChannel(CHANNEL, NAME, REQUESTER, OTHER);
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), Map.of(), infra);
        IncidentRepository incidents = new IncidentRepository(nexus.nexus().database().jdbc(), Clock.systemUTC());
        Incident i = incidents.insertOrGet(new NewIncident("e2e", LocalDate.of(2026, 11, 24), 1, NAME,
                "core-api 5xx", "sev2", "core-api", REQUESTER, Instant.now(), null, null));
        incidents.modify(i.id(), x -> x.withChannel(NAME, 1, CHANNEL));
    }

    @AfterEach
    void stop() throws Exception {
        nexus.close();
        slack.close();
    }

    @Test
    void shouldRunTheRollbackOnceWhenOnlyTheRequestersConfirmCounts() throws Exception {
        nexus.requests().slashCommand("rollback core-api").user(REQUESTER, "alice").channel(CHANNEL, NAME)
                .responseUrl(slack.responseUrl("ask")).send(nexus.baseUri());
        assertThat(slack.awaitResponseUrlPost("ask", WAIT).text()).contains("Confirmation posted");
        FakeMessage confirmation = await().atMost(WAIT).until(() -> slack.messages(CHANNEL).stream()
                .filter(m -> m.blocksJson() != null && m.blocksJson().contains(ActionMessages.CONFIRM))
                .findFirst().orElse(null), m -> m != null);
        String pendingId = buttonValue(confirmation.blocksJson());

        click(ActionMessages.CONFIRM, pendingId, OTHER);
        await().atMost(WAIT).until(() -> slack.ephemerals().stream().anyMatch(e -> e.user().equals(OTHER)));
        click(ActionMessages.CONFIRM, "pa_forged0000000000000000", REQUESTER);
        await().atMost(WAIT).until(() -> slack.ephemerals().stream().anyMatch(e -> e.text().contains("does not belong")));
        assertThat(infra.executed).isEmpty();

        click(ActionMessages.CONFIRM, pendingId, REQUESTER);
        await().atMost(WAIT).until(() -> infra.executed.size() == 1);
        click(ActionMessages.CONFIRM, pendingId, REQUESTER);
        await().atMost(WAIT).until(() -> slack.ephemerals().stream().anyMatch(e -> e.text().contains("never runs twice")));

        assertThat(infra.executed).hasSize(1);
        assertThat(slack.ephemerals()).filteredOn(e -> e.user().equals(OTHER)).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("who asked for it, can confirm"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.message(CHANNEL, confirmation.ts()).orElseThrow()
                .text()).contains("Done — confirmed by"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.messages(CHANNEL))
                .anySatisfy(m -> assertThat(m.text()).contains("rollout complete")));
    }

    private void click(String actionId, String value, String user) {
        assertThat(nexus.requests().blockAction(actionId, value).user(user, user).channel(CHANNEL, NAME)
                .send(nexus.baseUri()).status()).isEqualTo(200);
    }

    private static String buttonValue(String blocksJson) throws Exception {
        for (JsonNode block : new ObjectMapper().readTree(blocksJson)) {
            for (JsonNode element : block.path("elements")) {
                if (ActionMessages.CONFIRM.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no Confirm button in " + blocksJson);
    }
}
