package com.nexus.chatops.ingress.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.SignedRequest;
import com.nexus.chatops.testing.SlackRequests;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.util.SlackRequestParser;
import org.junit.jupiter.api.Test;

/** What makes a Slack delivery the same one again: its event id, trigger id or view id, whatever else differs. */
class DedupeKeysTest {
    private static final String SECRET = "test-signing-secret";
    private final SlackRequests slack = new SlackRequests(SECRET);
    private final SlackRequestParser parser = new SlackRequestParser(AppConfig.builder().signingSecret(SECRET).build());

    private Request<?> parsed(SignedRequest request) {
        return parser.parse(request.toBoltHttpRequest());
    }

    @Test
    void shouldKeyASlashCommandAndItsRetryByTheTriggerId() {
        var first = DedupeKeys.of(parsed(slack.slashCommand("status").triggerId("T-1").build()));
        var retry = DedupeKeys.of(parsed(slack.slashCommand("status").triggerId("T-1").retry(1, "http_timeout").build()));

        assertThat(first).contains(new DedupeKeys.Key("slack.command", "T-1"));
        assertThat(retry).isEqualTo(first);
    }

    @Test
    void shouldKeyAnEventByItsEventIdAndAFormByItsView() {
        assertThat(DedupeKeys.of(parsed(slack.event("app_mention").eventId("Ev-1").build())))
                .contains(new DedupeKeys.Key("slack.event", "Ev-1"));
        assertThat(DedupeKeys.of(parsed(slack.viewSubmission("incident.declare").viewId("V-1").build())))
                .contains(new DedupeKeys.Key("slack.view", "V-1"));
    }

    @Test
    void shouldNotKeyADeliveryThatCarriesNoId() {
        assertThat(DedupeKeys.of(parsed(slack.slashCommand("status").triggerId("").build()))).isEmpty();
    }
}
