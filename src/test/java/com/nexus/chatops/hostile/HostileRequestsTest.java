package com.nexus.chatops.hostile;

import static com.nexus.chatops.hostile.HoldStage.CHANNEL;
import static com.nexus.chatops.hostile.HoldStage.LEAD;
import static com.nexus.chatops.hostile.HoldStage.STRANGER;
import static com.nexus.chatops.hostile.HoldStage.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.testing.FakeView;
import com.nexus.chatops.testing.HttpPoster;
import com.nexus.chatops.testing.PagerDutySigner;
import com.nexus.chatops.testing.SlackDefaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a stranger, a forger, another bot or Slack's own odd payloads can send, one row per case: each row says
 * what nexus must do instead of what an attacker wants. The incident commands belong to leads (rule 1); the
 * sender is a workspace member outside every role unless the row says otherwise.
 */
class HostileRequestsTest {
    static final Duration QUIET = Duration.ofSeconds(2);
    static final String CRASH = "Something went wrong";

    @TempDir
    Path dir;

    /** One hostile case: what it sends, and what must hold afterwards. */
    @FunctionalInterface
    interface Check {
        void run(HoldStage stage) throws Exception;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("incident policy", "/nexus severity sev1 by a stranger", s -> {
                    assertThat(s.command(STRANGER, "severity sev1")).contains("Denied", "policy rule 1", "leads");
                    assertThat(s.reload().severity()).isEqualTo("sev2");
                    assertThat(s.audit()).anySatisfy(r -> {
                        assertThat(r.action()).isEqualTo("incident.severity");
                        assertThat(r.verdict()).isEqualTo("deny");
                        assertThat(r.actor()).isEqualTo(STRANGER);
                    });
                }),
                row("incident policy", "/nexus assign commander by a stranger, to himself", s -> {
                    assertThat(s.command(STRANGER, "assign commander <@" + STRANGER + ">"))
                            .contains("Denied", "policy rule 1");
                    assertThat(s.reload().commander()).isNotEqualTo(STRANGER);
                }),
                row("incident policy", "/nexus update identified by a stranger", s -> {
                    assertThat(s.command(STRANGER, "update identified")).contains("Denied", "incident.update");
                    assertThat(s.slack.messages("C0STATUS")).isEmpty();
                }),
                row("incident policy", "/nexus resolve by a stranger", s -> {
                    assertThat(s.command(STRANGER, "resolve done")).contains("Denied", "incident.resolve");
                    assertThat(s.reload().resolved()).isFalse();
                }),
                row("incident policy", "/nexus update resolved by a stranger (a resolve by another name)", s -> {
                    assertThat(s.command(STRANGER, "update resolved")).contains("Denied", "incident.resolve");
                    assertThat(s.reload().resolved()).isFalse();
                }),
                row("incident policy", "a lead's /nexus severity sev3 is allowed and audited", s -> {
                    assertThat(s.command(LEAD, "severity sev3")).doesNotContain("Denied");
                    assertThat(s.reload().severity()).isEqualTo("sev3");
                    assertThat(s.audit()).anySatisfy(r -> {
                        assertThat(r.action()).isEqualTo("incident.severity");
                        assertThat(r.verdict()).isEqualTo("allow");
                    });
                }),
                row("incident policy", "card severity menu raised to SEV1 by a stranger", s -> {
                    s.nexus.requests().blockAction("incident.severity.select", null)
                            .selectedOption(s.incident.id() + ":sev1").user(STRANGER, "someone")
                            .channel(CHANNEL, HoldStage.NAME).send(s.nexus.baseUri());
                    assertThat(s.awaitEphemeral(STRANGER)).contains("Denied", "policy rule 1");
                    assertThat(s.reload().severity()).isEqualTo("sev2");
                }),
                row("incident policy", "Post update button by a stranger opens no form", s -> {
                    s.click(STRANGER, "incident.update.open", Long.toString(s.incident.id()));
                    assertThat(s.awaitEphemeral(STRANGER)).contains("Denied");
                    assertThat(s.slack.calls("views.open")).isEmpty();
                }),
                row("incident policy", "a stranger's resolve form, opened before the rule, submitted after it", s -> {
                    s.nexus.nexus().database().jdbc().update("INSERT INTO opened_views (external_id, callback_id,"
                            + " private_metadata, opened_by, opened_at) VALUES (?, ?, ?, ?, ?)", "V0EARLIER",
                            "incident.resolve.submit", Long.toString(s.incident.id()), STRANGER,
                            java.time.Instant.now());
                    HttpPoster.Result r = s.submitView(STRANGER, "V0EARLIER", "incident.resolve.submit",
                            Long.toString(s.incident.id()), HoldStage.values("summary", HoldStage.text("bye")));
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(s.awaitEphemeral(STRANGER)).contains("Denied", "incident.resolve", "policy rule 1");
                    assertThat(s.reload().resolved()).isFalse();
                }),
                row("forged form", "resolve form submitted with an id nexus never drew", s -> {
                    HttpPoster.Result r = s.submitView(LEAD, "V0FORGED", "incident.resolve.submit",
                            Long.toString(s.incident.id()), HoldStage.values("summary", HoldStage.text("bye")));
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.body()).contains("nexus did not open this form");
                    await().during(QUIET).atMost(WAIT).until(() -> !s.reload().resolved());
                    assertThat(s.audit()).anySatisfy(a -> {
                        assertThat(a.action()).isEqualTo("view.submit");
                        assertThat(a.verdict()).isEqualTo("deny");
                    });
                }),
                row("forged form", "a lead's open resolve form submitted by a stranger", s -> {
                    FakeView form = s.openForm(LEAD, "incident.resolve.open");
                    HttpPoster.Result r = s.submitView(STRANGER, form.externalId(), form.callbackId(), form.privateMetadata(),
                            HoldStage.values("summary", HoldStage.text("bye")));
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.body()).contains("nexus did not open this form for you");
                    await().during(QUIET).atMost(WAIT).until(() -> !s.reload().resolved());
                }),
                row("forged form", "a lead's update form with its hidden incident id changed", s -> {
                    FakeView form = s.openForm(LEAD, "incident.update.open");
                    HttpPoster.Result r = s.submitView(LEAD, form.externalId(), form.callbackId(), "999",
                            HoldStage.values("message", HoldStage.text("x")));
                    assertThat(r.body()).contains("hidden data was changed");
                }),
                row("escaping", "<!channel> and a bidi override in a declared title reach Slack escaped", s -> {
                    s.command(STRANGER, "declare sev3 <!channel> checkout \u202Edown\u202C now");
                    await().atMost(WAIT).until(() -> !s.slack.calls("conversations.setTopic").isEmpty()
                            && !s.slack.calls("pins.add").isEmpty());
                    String sent = s.everythingSentToSlack();
                    assertThat(sent).contains("&lt;!channel&gt; checkout down now")
                            .doesNotContain("<!channel>").doesNotContain("\u202E").doesNotContain("\u202C");
                }),
                row("escaping", "<!channel> in a PagerDuty incident title reaches Slack escaped", s -> {
                    String body = com.nexus.chatops.pagerduty.Webhooks.incident("EVHOSTILE1", "incident.triggered",
                            "PHOSTILE", "PXXXXX1", "high", null, null)
                            .replace("\"Elevated 5xx on core-api\"", "\"<!channel> \\u2066db\\u2069 down\"");
                    assertThat(com.nexus.chatops.pagerduty.Webhooks.deliver(s.nexus.baseUri(), body,
                            PagerDutySigner.v1(HoldStage.PD_SECRET, body)).status()).isEqualTo(202);
                    await().atMost(WAIT).until(() -> !s.slack.calls("conversations.setTopic").isEmpty()
                            && !s.slack.calls("pins.add").isEmpty());
                    assertThat(s.everythingSentToSlack()).contains("&lt;!channel&gt; db down")
                            .doesNotContain("<!channel>").doesNotContain("\u2066");
                }),
                row("escaping", "a PagerDuty event whose event.id is not a string", s -> {
                    String body = com.nexus.chatops.pagerduty.Webhooks.incident("X", "incident.triggered",
                            "PHOSTILE2", "PXXXXX1", "high", null, null).replace("\"id\":\"X\"", "\"id\":42");
                    HttpPoster.Result r = com.nexus.chatops.pagerduty.Webhooks.deliver(s.nexus.baseUri(), body,
                            PagerDutySigner.v1(HoldStage.PD_SECRET, body));
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.body()).contains("must be strings");
                }),
                row("payload shape", "severity menu value without the incident id", s -> {
                    s.nexus.requests().blockAction("incident.severity.select", null).selectedOption("sev1")
                            .user(LEAD, "lead")
                            .channel(CHANNEL, HoldStage.NAME).send(s.nexus.baseUri());
                    assertThat(s.awaitEphemeral(LEAD)).contains("out of date").doesNotContain(CRASH);
                    assertThat(s.reload().severity()).isEqualTo("sev2");
                }),
                row("payload shape", "declare form submitted with a state that has no values", s -> {
                    s.nexus.requests().slashCommand("declare").user(LEAD, "lead").channel(CHANNEL, HoldStage.NAME)
                            .send(s.nexus.baseUri());
                    await().atMost(WAIT).until(() -> !s.slack.views().isEmpty());
                    FakeView form = s.slack.views().get(0);
                    HttpPoster.Result r = s.submitView(LEAD, form.externalId(), form.callbackId(), form.privateMetadata(),
                            new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode());
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.body()).contains("Give the incident a title");
                }),
                row("payload shape", "update form submitted with a state that has no values", s -> {
                    FakeView form = s.openForm(LEAD, "incident.update.open");
                    HttpPoster.Result r = s.submitView(LEAD, form.externalId(), form.callbackId(), form.privateMetadata(),
                            new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode());
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.body()).contains("Pick a phase");
                    assertThat(s.slack.messages("C0STATUS")).isEmpty();
                }),
                row("payload shape", "resolve form submitted with no state at all", s -> {
                    FakeView form = s.openForm(LEAD, "incident.resolve.open");
                    HttpPoster.Result r = s.submitView(LEAD, form.externalId(), form.callbackId(), form.privateMetadata(),
                            null);
                    assertThat(r.status()).isEqualTo(200);
                    await().atMost(WAIT).until(() -> s.reload().resolved());
                    assertThat(s.slack.ephemerals()).noneSatisfy(e -> assertThat(e.text()).contains(CRASH));
                }),
                row("payload shape", "cooldown override form submitted with no state at all", s -> {
                    HttpPoster.Result r = s.submitView(LEAD, "V0NOSTATE", "nexus.pending.override_cooldown.submit", "1", null);
                    assertThat(r.status()).isEqualTo(200);
                }),
                row("bots and events", "an app_mention written by another bot", s -> {
                    assertThat(s.nexus.requests().event("app_mention").user("U0OTHERBOT").channel(CHANNEL)
                            .field("bot_id", "B0OTHER").field("text", "<@" + SlackDefaults.BOT_USER_ID + "> hi")
                            .field("ts", "1700000000.000100").send(s.nexus.baseUri()).status()).isEqualTo(200);
                    await().during(QUIET).atMost(WAIT).until(() -> s.slack.calls("chat.postMessage").isEmpty());
                }),
                row("bots and events", "an app_mention of subtype bot_message", s -> {
                    s.nexus.requests().event("app_mention").channel(CHANNEL).field("subtype", "bot_message")
                            .field("text", "<@" + SlackDefaults.BOT_USER_ID + "> hi").field("ts", "1700000000.000200")
                            .send(s.nexus.baseUri());
                    await().during(QUIET).atMost(WAIT).until(() -> s.slack.calls("chat.postMessage").isEmpty());
                }),
                row("bots and events", "an app_mention with a blank channel", s -> {
                    assertThat(s.nexus.requests().event("app_mention").user(STRANGER).channel("")
                            .field("text", "<@" + SlackDefaults.BOT_USER_ID + "> hi").field("ts", "1700000000.000300")
                            .send(s.nexus.baseUri()).status()).isEqualTo(200);
                    await().during(QUIET).atMost(WAIT).until(() -> s.slack.calls("chat.postMessage").isEmpty());
                }));
    }

    private static Arguments row(String category, String name, Check check) {
        return Arguments.of(category, name, check);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void shouldHold(String category, String name, Check check) throws Exception {
        try (HoldStage stage = new HoldStage(dir)) {
            check.run(stage);
            assertThat(stage.everythingSentToSlack()).as("no crash report reached Slack").doesNotContain(CRASH);
        }
    }
}
