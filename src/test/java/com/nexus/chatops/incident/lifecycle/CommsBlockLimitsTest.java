package com.nexus.chatops.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.incident.view.CommsMessages;
import com.nexus.chatops.incident.view.CommsModals;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.testing.FakeSlack;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The messages and forms built here, at their largest, are accepted by the fake Slack's limits. */
class CommsBlockLimitsTest {
    private static final String TITLE = "🔥 Überlast im Zahlungsdienst — 支付服务过载 & <script> ".repeat(3).substring(0, 140);
    private static final String LONGEST = "&<>".repeat(1000);
    private FakeSlack slack;
    private SlackWebGateway gateway;

    @BeforeEach
    void start() {
        slack = FakeSlack.start().addChannel("C0INC001", "incident-20261124-001");
        gateway = new SlackWebGateway(slack.methodsAsync());
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private void assertAccepted(Reply reply) {
        assertThat(gateway.post("C0INC001", reply).join()).isNotBlank();
    }

    @Test
    void shouldStayWithinSlackLimitsWhenTitlesAndMessagesAreAsLongAsAllowed() throws Exception {
        String where = "incident-20261124-001 · SEV1 · core-api";

        assertAccepted(CommsMessages.update("[Identified]", LONGEST, where, "U0ALICE"));
        assertAccepted(CommsMessages.broadcast("[Monitoring]", LONGEST, TITLE, "SEV1", "C0INC001"));
        assertAccepted(CommsMessages.resolved("[Resolved]", LONGEST, LONGEST, Optional.of(Duration.ofMinutes(4)),
                Optional.empty(), "U0ALICE"));
        assertAccepted(CommsMessages.reminder("U0ALICE", 15, Instant.now(), "SEV1"));
        assertAccepted(CommsMessages.reviewReminder(Instant.now(), null));
        assertThat(slack.messages("C0INC001")).hasSize(5);
        JsonNode broadcast = new ObjectMapper().readTree(slack.messages("C0INC001").get(1).blocksJson());
        assertThat(broadcast.get(broadcast.size() - 1).path("elements").get(0).path("text").asText())
                .contains("🔥 Überlast im Zahlungsdienst — 支付服务过载 &amp; &lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void shouldKeepFormTextsWithinSlackLimitsWhenTheTitleIsLongAndUnicode() throws Exception {
        List<View> forms = List.of(
                CommsModals.update(7, "incident-20261124-001", TITLE,
                        List.of("investigating", "identified", "monitoring", "resolved"), "identified", 15),
                CommsModals.resolve(7, "incident-20261124-001", TITLE));
        for (View form : forms) {
            JsonNode json = new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(form));
            assertThat(json.path("title").path("text").asText().length()).isLessThanOrEqualTo(24);
            assertThat(json.path("submit").path("text").asText().length()).isLessThanOrEqualTo(24);
            assertThat(json.path("private_metadata").asText()).isEqualTo("7");
            assertThat(json.path("blocks").size()).isLessThanOrEqualTo(100);
            json.path("blocks").forEach(b -> {
                assertThat(b.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000);
                assertThat(b.path("label").path("text").asText().length()).isLessThanOrEqualTo(2000);
                assertThat(b.path("hint").path("text").asText().length()).isLessThanOrEqualTo(2000);
            });
            assertThat(json.toString()).contains("&lt;script&gt;").doesNotContain("<script>");
        }
        gateway.openView("trigger-1", forms.get(0)).join();
        assertThat(slack.views()).hasSize(1);
    }
}
