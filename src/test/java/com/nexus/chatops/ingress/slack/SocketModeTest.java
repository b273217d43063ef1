package com.nexus.chatops.ingress.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.FakeSocketMode;
import com.nexus.chatops.testing.RunningNexus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With SLACK_APP_TOKEN set, Slack comes over Socket Mode (a fake Slack WebSocket): same commands, no /slack/events. */
class SocketModeTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    Path dir;

    @Test
    void shouldAnswerASlashCommandOverSocketModeAndServeNoSlackEndpointWhenAnAppTokenIsSet() throws Exception {
        try (FakeSlack slack = FakeSlack.start(); FakeSocketMode socket = FakeSocketMode.open()) {
            slack.socketModeUrl(socket.url());
            try (RunningNexus nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("n.db"),
                    Map.of("SLACK_APP_TOKEN", "xapp-1-A111-fake"))) {
                socket.awaitConnected(WAIT);

                socket.sendSlashCommand("env-1", Map.of("command", "/nexus", "text", "help", "user_id", "U0ALICE",
                        "channel_id", "C0GENERAL", "team_id", "T0FAKE", "trigger_id", "T-SM-1",
                        "response_url", slack.responseUrl("sm")));

                JsonNode ack = socket.awaitAck("env-1", WAIT);
                assertThat(ack.path("envelope_id").asText()).isEqualTo("env-1");
                // a quick answer rides in the ack's payload, a slow one comes through response_url
                // (in the ack, Slack shows the blocks; the text is only their first line, for notifications)
                String reply = ack.path("payload").hasNonNull("text") ? ack.path("payload").path("blocks").toString()
                        : slack.awaitResponseUrlPost("sm", WAIT).text();
                assertThat(reply).contains("/nexus rollback");
                assertThat(slack.calls("apps.connections.open").get(0).header("Authorization"))
                        .isEqualTo("Bearer xapp-1-A111-fake");
                assertThat(nexus.requests().slashCommand("help").send(nexus.baseUri()).status()).isIn(404, 405);
                assertThat(nexus.get("/healthz").statusCode()).isEqualTo(200);
            }
        }
    }
}
