package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.HttpPoster;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SignedRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server (Jetty + Bolt + SQLite store) against the fake Slack Web API over HTTP. */
class ServeEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private FakeSlack slack;
    private RunningNexus nexus;

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        nexus = RunningNexus.start(slack, dbUrl());
    }

    @AfterEach
    void stop() throws Exception {
        if (nexus != null) {
            nexus.close();
        }
        slack.close();
    }

    private String dbUrl() {
        return "jdbc:sqlite:" + dir.resolve("nexus.db");
    }

    private SignedRequest command(String text, String responseId) {
        return nexus.requests().slashCommand(text).responseUrl(slack.responseUrl(responseId)).build();
    }

    @Test
    void shouldAnswerTheHelpInTheAckWhenTheCommandIsCorrectlySigned() {
        HttpPoster.Result ack = command("help", "r1").send(nexus.baseUri());

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).startsWith("{");
        var shown = slack.awaitResponseUrlPost("r1", WAIT);
        assertThat(shown.inAck()).isTrue();
        assertThat(shown.text()).contains("/nexus rollback &lt;service&gt;").contains("/nexus declare");
        // the blocks carry the answer; the ack's text is its first line, for notifications, not all of it again
        assertThat(shown.fallbackText()).isEqualTo("*nexus commands* (type them after `/nexus`)");
        assertThat(slack.responseUrlPosts("r1")).hasSize(1);
    }

    @Test
    void shouldRefuseWith401AndDoNothingWhenTheRequestIsUnsignedForgedOrStale() {
        var requests = nexus.requests();

        assertThat(requests.slashCommand("help").responseUrl(slack.responseUrl("a")).unsigned().send(nexus.baseUri()).status())
                .isEqualTo(401);
        assertThat(requests.slashCommand("help").responseUrl(slack.responseUrl("b")).tamperedSignature()
                .send(nexus.baseUri()).status()).isEqualTo(401);
        assertThat(requests.slashCommand("help").responseUrl(slack.responseUrl("c")).staleTimestamp()
                .send(nexus.baseUri()).status()).isEqualTo(401);
        command("help", "d").send(nexus.baseUri());
        slack.awaitResponseUrlPost("d", WAIT);
        assertThat(slack.allResponseUrlPosts()).extracting(p -> p.id()).containsExactly("d");
    }

    @Test
    void shouldDoTheWorkOnceWhenTheSameSlashCommandIsDeliveredAgainAsARetry() {
        var first = nexus.requests().slashCommand("help").responseUrl(slack.responseUrl("once")).triggerId("T-42");
        var retry = nexus.requests().slashCommand("help").responseUrl(slack.responseUrl("once")).triggerId("T-42")
                .retry(1, "http_timeout");

        assertThat(first.send(nexus.baseUri()).status()).isEqualTo(200);
        assertThat(retry.send(nexus.baseUri()).status()).isEqualTo(200);

        slack.awaitResponseUrlPost("once", WAIT);
        await().atMost(WAIT).until(() -> duplicates("slack.command") == 1);
        assertThat(slack.responseUrlPosts("once")).hasSize(1);
    }

    @Test
    void shouldStillIgnoreTheRepeatAfterARestartWhenTheInboxRemembersIt() throws Exception {
        SignedRequest original = command("help", "restart");
        original.send(nexus.baseUri());
        slack.awaitResponseUrlPost("restart", WAIT);
        nexus.close();

        nexus = RunningNexus.start(slack, dbUrl());
        assertThat(nexus.requests().slashCommand("help").responseUrl(slack.responseUrl("restart"))
                .triggerId(original.formParams().get("trigger_id")).retry(2, "http_timeout")
                .send(nexus.baseUri()).status()).isEqualTo(200);

        await().atMost(WAIT).until(() -> duplicates("slack.command") == 1);
        assertThat(slack.responseUrlPosts("restart")).hasSize(1);
    }

    @Test
    void shouldSuggestTheNearestServiceWhenTheServiceIsMisspelledInSlack() {
        command("rollback core-apj", "typo").send(nexus.baseUri());

        var reply = slack.awaitResponseUrlPost("typo", WAIT);

        assertThat(reply.text()).contains("core-apj").contains("Did you mean `core-api`?")
                .contains("/nexus rollback &lt;service&gt;");
        assertThat(reply.json().path("response_type").asText()).isEqualTo("ephemeral");
    }

    @Test
    void shouldAnswerAMentionOnceWhenSlackDeliversTheSameEventTwice() {
        var mention = nexus.requests().event("app_mention").eventId("Ev-MENTION-1").channel("C0GENERAL")
                .user("U0ALICE").field("text", "<@UBOT> help?").field("ts", "1700000000.000100");

        assertThat(mention.send(nexus.baseUri()).status()).isEqualTo(200);
        assertThat(mention.retry(1, "http_timeout").send(nexus.baseUri()).status()).isEqualTo(200);

        slack.awaitCall("chat.postMessage", WAIT);
        await().atMost(WAIT).until(() -> duplicates("slack.event") == 1);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("chat.postMessage").get(0).param("thread_ts")).isEqualTo("1700000000.000100");
    }

    @Test
    void shouldReportHealthReadinessAndPerCommandMetricsWhenRunning() {
        command("help", "m").send(nexus.baseUri());
        slack.awaitResponseUrlPost("m", WAIT);

        assertThat(nexus.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(nexus.get("/readyz").statusCode()).isEqualTo(200);
        await().atMost(WAIT).untilAsserted(() -> assertThat(nexus.get("/metrics").body())
                .contains("nexus_commands_seconds_count{command=\"help\",outcome=\"ok\",source=\"slack\"} 1")
                .contains("jvm_memory_used_bytes"));
    }

    @Test
    void shouldFailReadinessWithAReasonWhenTheStoreIsUnreachable() {
        nexus.nexus().database().close();

        var ready = nexus.get("/readyz");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("store unreachable");
        assertThat(nexus.get("/healthz").statusCode()).isEqualTo(200);
    }

    /** Deliveries the inbox recognised as repeats and dropped before any handler: the event a repeat leaves. */
    private double duplicates(String source) {
        return nexus.nexus().meters().counter("nexus.slack.duplicates", "source", source).count();
    }
}
