package com.nexus.chatops.testing;

import com.slack.api.methods.MethodsClient;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;

class FakeSlackMessageLimitsTest {

    @AutoClose
    private final FakeSlack fake = FakeSlack.start().rateLimits(false);
    private final MethodsClient client = fake.methods();

    @Test
    void shouldRejectOversizedMessagesWithSlacksErrorNamesWhenLimitsAreExceeded() throws Exception {
        String channel = SlackDefaults.CHANNEL_ID;
        var tooManyBlocks = new java.util.ArrayList<com.slack.api.model.block.LayoutBlock>();
        for (int i = 0; i < 51; i++) {
            tooManyBlocks.add(divider());
        }
        var longSections = new java.util.ArrayList<com.slack.api.model.block.LayoutBlock>();
        for (int i = 0; i < 5; i++) {
            longSections.add(section(s -> s.text(markdownText("x".repeat(2900)))));
        }

        assertThat(client.chatPostMessage(r -> r.channel(channel).text("x".repeat(40_001))).getError())
                .isEqualTo("msg_too_long");
        assertThat(client.chatPostMessage(r -> r.channel(channel).text("t").blocks(tooManyBlocks)).getError())
                .isEqualTo("invalid_blocks");
        assertThat(client.chatPostMessage(r -> r.channel(channel).text("t")
                .blocks(asBlocks(section(s -> s.text(markdownText("x".repeat(3001))))))).getError())
                .isEqualTo("invalid_blocks");
        assertThat(client.chatPostMessage(r -> r.channel(channel).text("t").blocks(longSections)).getError())
                .isEqualTo("msg_blocks_too_long");
        assertThat(client.chatPostMessage(r -> r.channel(channel).text("t").blocksAsString("not json")).getError())
                .isEqualTo("invalid_blocks");
        assertThat(fake.messages(channel)).isEmpty();
    }

    @Test
    void shouldRecordEphemeralsApartFromHistoryWhenPostedToAMember() throws Exception {
        var reply = client.chatPostEphemeral(r -> r.channel(SlackDefaults.CHANNEL_ID)
                .user(SlackDefaults.USER_ID).text("only you can see this"));
        var outsider = client.chatPostEphemeral(r -> r.channel(SlackDefaults.CHANNEL_ID)
                .user(SlackDefaults.BOT_USER_ID + "X").text("nobody"));

        assertThat(reply.isOk()).isTrue();
        assertThat(fake.ephemerals()).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("only you can see this"));
        assertThat(fake.messages(SlackDefaults.CHANNEL_ID)).isEmpty();
        assertThat(outsider.getError()).isEqualTo("user_not_found");
    }

    @Test
    void shouldGivePermalinkWhenMessageExists() throws Exception {
        String ts = client.chatPostMessage(r -> r.channel(SlackDefaults.CHANNEL_ID).text("hi")).getTs();

        var link = client.chatGetPermalink(r -> r.channel(SlackDefaults.CHANNEL_ID).messageTs(ts));

        assertThat(link.getPermalink()).endsWith("/archives/" + SlackDefaults.CHANNEL_ID + "/p" + ts.replace(".", ""));
        assertThat(client.chatGetPermalink(r -> r.channel(SlackDefaults.CHANNEL_ID).messageTs("1.000001"))
                .getError()).isEqualTo("message_not_found");
    }
}
