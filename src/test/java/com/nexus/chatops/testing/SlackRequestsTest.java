package com.nexus.chatops.testing;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.UrlVerificationRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SlackRequestsTest {

    private static final String SECRET = "s3cr3t";
    private final SlackRequests slack = new SlackRequests(SECRET);
    private final SlackSignature.Verifier verifier = new SlackSignature.Verifier(new SlackSignature.Generator(SECRET));
    private final SlackRequestParser parser = new SlackRequestParser(AppConfig.builder().signingSecret(SECRET).build());

    private boolean verifiesNow(SignedRequest request) {
        return verifier.isValid(request.timestamp(), request.body(), request.signature(), System.currentTimeMillis());
    }

    @Test
    void shouldVerifyWithBoltsVerifierWhenSignedNormally() {
        assertThat(verifiesNow(slack.slashCommand("declare sev1 db down").build())).isTrue();
        assertThat(verifiesNow(slack.blockAction("ack", "INC-1").build())).isTrue();
        assertThat(verifiesNow(slack.viewSubmission("declare").build())).isTrue();
        assertThat(verifiesNow(slack.event("app_home_opened").user("U1").build())).isTrue();
    }

    @Test
    void shouldFailVerificationWhenSignatureIsTamperedOrTimestampIsStale() {
        SignedRequest tampered = slack.slashCommand("status").tamperedSignature().build();
        SignedRequest stale = slack.slashCommand("status").staleTimestamp().build();

        assertThat(verifiesNow(tampered)).isFalse();
        assertThat(verifiesNow(stale)).isFalse();
        assertThat(verifier.isValid(stale.timestamp(), stale.body(), stale.signature(),
                Long.parseLong(stale.timestamp()) * 1000)).as("the stale one is only rejected for its age").isTrue();
    }

    @Test
    void shouldOmitSignatureHeadersWhenUnsignedAndAddRetryHeadersWhenRetried() {
        SignedRequest unsigned = slack.event("app_mention").unsigned().build();
        SignedRequest retried = slack.event("app_mention").retry(2, "http_timeout").build();

        assertThat(unsigned.timestamp()).isNull();
        assertThat(unsigned.signature()).isNull();
        assertThat(retried.header("x-slack-retry-num")).isEqualTo("2");
        assertThat(retried.header("X-Slack-Retry-Reason")).isEqualTo("http_timeout");
    }

    @Test
    void shouldSignWithTheClockTimeWhenAClockIsGiven() {
        Instant at = Instant.parse("2025-03-01T10:00:00Z");
        SlackRequests fixed = new SlackRequests(SECRET, Clock.fixed(at, ZoneOffset.UTC));

        SignedRequest request = fixed.slashCommand("help").build();

        assertThat(request.timestamp()).isEqualTo(Long.toString(at.getEpochSecond()));
        assertThat(request.signature()).isEqualTo(fixed.sign(at.getEpochSecond(), request.body()));
        assertThat(slack.atTimestamp(42).slashCommand("x").build().timestamp()).isEqualTo("42");
    }

    @Test
    void shouldParseAsSlashCommandWithOverridesWhenBoltReadsIt() {
        SignedRequest request = slack.slashCommand("declare sev2 checkout slow").user("U0ALICE", "alice")
                .channel("C0INC", "inc-1").responseUrl("http://127.0.0.1:1/response/r1").triggerId("t-1").build();

        var parsed = (SlashCommandRequest) parser.parse(request.toBoltHttpRequest());

        assertThat(request.formParams()).containsEntry("command", "/nexus").containsKeys("team_id", "api_app_id");
        assertThat(parsed.getPayload().getText()).isEqualTo("declare sev2 checkout slow");
        assertThat(parsed.getPayload().getUserId()).isEqualTo("U0ALICE");
        assertThat(parsed.getPayload().getUserName()).isEqualTo("alice");
        assertThat(parsed.getPayload().getChannelId()).isEqualTo("C0INC");
        assertThat(parsed.getPayload().getResponseUrl()).isEqualTo("http://127.0.0.1:1/response/r1");
        assertThat(parsed.getPayload().getTriggerId()).isEqualTo("t-1");
    }

    @Test
    void shouldParseAsBlockActionWithItsButtonWhenBoltReadsIt() {
        SignedRequest request = slack.blockAction("incident_ack", "INC-7").blockId("inc_buttons")
                .messageTs("1700000000.000100").responseUrl("http://127.0.0.1:1/response/a1").build();

        var payload = ((BlockActionRequest) parser.parse(request.toBoltHttpRequest())).getPayload();

        assertThat(payload.getActions()).singleElement().satisfies(a -> {
            assertThat(a.getActionId()).isEqualTo("incident_ack");
            assertThat(a.getValue()).isEqualTo("INC-7");
            assertThat(a.getBlockId()).isEqualTo("inc_buttons");
            assertThat(a.getType()).isEqualTo("button");
        });
        assertThat(payload.getUser().getId()).isEqualTo(SlackDefaults.USER_ID);
        assertThat(payload.getChannel().getId()).isEqualTo(SlackDefaults.CHANNEL_ID);
        assertThat(payload.getContainer().getMessageTs()).isEqualTo("1700000000.000100");
        assertThat(payload.getResponseUrl()).isEqualTo("http://127.0.0.1:1/response/a1");
        assertThat(payload.getTriggerId()).isNotBlank();
    }

    @Test
    void shouldParseAsViewSubmissionWithStateValuesWhenBoltReadsIt() {
        SignedRequest request = slack.viewSubmission("declare_modal").privateMetadata("{\"channel\":\"C0INC\"}")
                .input("title", "value", "DB down").selectedOption("severity", "choice", "SEV1", "sev1")
                .selectedUser("ic", "who", "U0ALICE").build();

        var view = ((ViewSubmissionRequest) parser.parse(request.toBoltHttpRequest())).getPayload().getView();

        assertThat(view.getCallbackId()).isEqualTo("declare_modal");
        assertThat(view.getPrivateMetadata()).isEqualTo("{\"channel\":\"C0INC\"}");
        var values = view.getState().getValues();
        assertThat(values.get("title").get("value").getValue()).isEqualTo("DB down");
        assertThat(values.get("severity").get("choice").getSelectedOption().getValue()).isEqualTo("sev1");
        assertThat(values.get("ic").get("who").getSelectedUser()).isEqualTo("U0ALICE");
    }

    @Test
    void shouldParseAsEventWithIdAndRetryNumberWhenBoltReadsIt() {
        EventBuilder builder = slack.event("member_joined_channel").user("U0BOB").channel("C0INC")
                .field("inviter", "U0ALICE").retry(1, "http_timeout");
        SignedRequest request = builder.build();

        var parsed = (EventRequest) parser.parse(request.toBoltHttpRequest());

        assertThat(parsed.getEventType()).isEqualTo("member_joined_channel");
        assertThat(parsed.getContext().getRetryNum()).isEqualTo(1);
        assertThat(parsed.getContext().getRetryReason()).isEqualTo("http_timeout");
        assertThat(request.payloadJson()).contains("\"event_id\":\"" + builder.eventId() + "\"")
                .contains("\"inviter\":\"U0ALICE\"");
    }

    @Test
    void shouldParseAsUrlVerificationWhenChallengeIsSent() {
        var parsed = parser.parse(slack.urlVerification("abc123").build().toBoltHttpRequest());

        assertThat(parsed).isInstanceOf(UrlVerificationRequest.class);
        assertThat(((UrlVerificationRequest) parsed).getChallenge()).isEqualTo("abc123");
    }

    @Test
    void shouldGiveDistinctTriggerAndEventIdsWhenNotOverridden() {
        var first = slack.slashCommand("a").build().formParams().get("trigger_id");
        var second = slack.slashCommand("a").build().formParams().get("trigger_id");

        assertThat(first).isNotEqualTo(second);
        assertThat(slack.event("x").eventId()).isNotEqualTo(slack.event("x").eventId());
    }
}
