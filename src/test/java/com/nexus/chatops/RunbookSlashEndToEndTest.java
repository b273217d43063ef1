package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.guard.FakeActions;
import com.nexus.chatops.testing.FakeChannel;
import com.nexus.chatops.testing.FakeMessage;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SlackDefaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runbooks through the real server with the shipped runbooks/ and nexus.example.yml: posted when an incident is
 * declared for a service, listed and posted by `/nexus runbook`, and their progress kept across a restart.
 */
class RunbookSlashEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String USER = SlackDefaults.USER_ID;
    /** A responder in nexus.example.yml: Kubernetes reads are open to responders only. */
    private static final String RESPONDER = "U0000000001";

    @TempDir
    Path dir;
    private FakeSlack slack;
    private RunningNexus nexus;
    private final AtomicInteger replies = new AtomicInteger();
    /** The infrastructure the steps reach: records what ran. */
    private final FakeActions infra = new FakeActions();

    @BeforeEach
    void start() {
        slack = FakeSlack.start().addChannel("C0STATUS", "nexus-status")
                .addUser(RESPONDER, "alice", "alice@example.com");
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), Map.of(), infra);
    }

    @AfterEach
    void stop() throws Exception {
        nexus.close();
        slack.close();
    }

    @Test
    void shouldPostAndBookmarkTheMatchingRunbookWhenAnIncidentIsDeclaredForAService() {
        FakeChannel channel = declare("sev2 Elevated 5xx on core-api");

        FakeMessage runbook = awaitRunbook(channel, "API high error rate");

        assertThat(runbook.blocksText()).contains("matches /\\b5xx\\b/").contains("`/nexus history core-api`")
                .contains("kubectl -n nexus-prod logs deploy/nexus-core-api --since=1h");
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.bookmarks(channel.id()))
                .anySatisfy(b -> assertThat(b.title()).isEqualTo("Runbook: API high error rate")));
    }

    @Test
    void shouldListTheRunbooksForTheIncidentWithTheirReasonsAndSuggestTheNearestIdForATypo() {
        FakeChannel channel = declare("sev2 Elevated 5xx on core-api");

        String list = command("runbook", channel);
        String typo = command("runbook hgh-error-rate", channel);
        String outside = command("runbook high-error-rate", slack.channel("C0STATUS").orElseThrow());

        assertThat(list).contains("`high-error-rate` API high error rate")
                .contains("the title \u201cElevated 5xx on core-api\u201d matches /\\b5xx\\b/")
                .contains("nexus.yml lists it for core-api");
        assertThat(list.indexOf("`high-error-rate`")).isLessThan(list.indexOf("`high-latency`"));
        assertThat(typo).contains("There is no runbook `hgh-error-rate`").contains("Did you mean `high-error-rate`?");
        assertThat(outside).contains("posted in an incident channel");
    }

    @Test
    void shouldPostARunbookByIdOnceAndRefreshItInPlaceWhenAskedAgain() {
        FakeChannel channel = declare("sev2 Elevated 5xx on core-api");
        awaitRunbook(channel, "API high error rate");

        assertThat(command("runbook pod-crashlooping", channel)).contains("Posted the `pod-crashlooping` runbook");
        FakeMessage crashLoop = awaitRunbook(channel, "Pod crash-looping");
        int updates = slack.calls("chat.update").size();
        assertThat(command("runbook pod-crashlooping", channel)).contains("already in this channel");

        assertThat(runbooks(channel)).hasSize(2);
        await().atMost(WAIT).until(() -> slack.calls("chat.update").size() > updates);
        assertThat(slack.message(channel.id(), crashLoop.ts())).isPresent();
    }

    @Test
    void shouldMarkOnlyStepsTheGuardLetRunAndKeepUpdatingTheSameMessageAfterARestart() throws Exception {
        FakeChannel channel = declare("sev2 Elevated 5xx on core-api");
        FakeMessage runbook = awaitRunbook(channel, "API high error rate");
        slack.methods().conversationsInvite(r -> r.token(RunningNexus.BOT_TOKEN).channel(channel.id())
                .users(List.of(RESPONDER)));

        click(channel, button(runbook, "history core-api"), USER);
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.ephemerals()).anySatisfy(e -> {
            assertThat(e.user()).isEqualTo(USER);
            assertThat(e.text()).contains("Denied");
        }));
        click(channel, button(runbook, "history core-api"), RESPONDER);
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.message(channel.id(), runbook.ts()).orElseThrow()
                .blocksText()).contains("Last run by <@" + RESPONDER + ">"));
        assertThat(slack.message(channel.id(), runbook.ts()).orElseThrow().blocksText()).doesNotContain(USER)
                .doesNotContain("runs)");

        nexus.close();
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), Map.of(), infra);
        click(channel, button(runbook, "pods core-api"), RESPONDER);

        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.message(channel.id(), runbook.ts()).orElseThrow()
                .blocksText().split("Last run by <@" + RESPONDER + ">", -1)).hasSize(3));
        assertThat(runbooks(channel)).hasSize(1);
        assertThat(infra.executed).extracting(r -> r.action()).containsExactly("k8s.history", "k8s.pods");
    }

    private FakeChannel declare(String text) {
        String id = "d" + replies.incrementAndGet();
        nexus.requests().slashCommand("declare " + text).responseUrl(slack.responseUrl(id)).triggerId("T-" + id)
                .send(nexus.baseUri());
        slack.awaitResponseUrlPost(id, WAIT);
        return await().atMost(WAIT).until(() -> slack.channels().stream()
                .filter(c -> c.name().startsWith("incident-")).reduce((a, b) -> b), Optional::isPresent).orElseThrow();
    }

    private String command(String text, FakeChannel channel) {
        String id = "c" + replies.incrementAndGet();
        nexus.requests().slashCommand(text).channel(channel.id(), channel.name()).responseUrl(slack.responseUrl(id))
                .send(nexus.baseUri());
        return slack.awaitResponseUrlPost(id, WAIT).text();
    }

    private FakeMessage awaitRunbook(FakeChannel channel, String title) {
        return await().atMost(WAIT).until(() -> slack.messages(channel.id()).stream()
                .filter(m -> m.text().startsWith("Runbook: " + title)).findFirst(), Optional::isPresent).orElseThrow();
    }

    private List<FakeMessage> runbooks(FakeChannel channel) {
        return slack.messages(channel.id()).stream().filter(m -> m.text().startsWith("Runbook:")).toList();
    }

    private void click(FakeChannel channel, JsonNode button, String user) {
        assertThat(nexus.requests().blockAction(button.path("action_id").asText(), button.path("value").asText())
                .user(user, user).channel(channel.id(), channel.name()).send(nexus.baseUri()).status())
                .isEqualTo(200);
    }

    private static JsonNode button(FakeMessage message, String label) throws Exception {
        for (JsonNode block : new ObjectMapper().readTree(message.blocksJson())) {
            if (label.equals(block.path("accessory").path("text").path("text").asText())) {
                return block.path("accessory");
            }
        }
        throw new AssertionError("no button " + label + " in " + message.blocksJson());
    }
}
