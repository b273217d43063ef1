package com.nexus.chatops.ingress.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.slack.api.bolt.util.JsonOps;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AckJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 300)
    void anAsciiOnlyAckReadsBackAsTheSameAnswer(@ForAll String text) throws Exception {
        Reply reply = Replies.notice(text);
        String json = SlashCommands.asciiOnly(JsonOps.toJsonString(SlashCommands.ackBody(reply)));

        assertThat(json.chars()).allMatch(c -> c < 0x80);
        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(JsonOps.toJsonString(SlashCommands.ackBody(reply))));
    }

    @Test
    void anAckWithBlocksShowsTheBlocksAndCarriesOnlyTheFirstLineAsFallback() throws Exception {
        Reply reply = Replies.notice("*nexus commands* — all of them\n`/nexus status` — this incident\n`/nexus help`");

        JsonNode ack = JSON.readTree(SlashCommands.asciiOnly(JsonOps.toJsonString(SlashCommands.ackBody(reply))));

        assertThat(ack.path("text").asText()).isEqualTo("*nexus commands* — all of them");
        assertThat(ack.path("blocks").get(0).path("text").path("text").asText())
                .contains("`/nexus status` — this incident").contains("`/nexus help`");
        assertThat(ack.path("response_type").asText()).isEqualTo("ephemeral");
    }
}
