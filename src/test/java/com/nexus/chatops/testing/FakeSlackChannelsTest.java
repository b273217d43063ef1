package com.nexus.chatops.testing;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsInviteResponse;
import com.slack.api.model.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;

class FakeSlackChannelsTest {

    private FakeSlack fake;
    private MethodsClient client;

    @BeforeEach
    void startFake() {
        fake = FakeSlack.start().rateLimits(false)
                .addUser("U0ALICE", "alice", "alice@example.com")
                .addUser("U0BOB", "bob", "bob@example.com");
        SlackConfig cfg = new SlackConfig();
        cfg.setMethodsEndpointUrlPrefix(fake.methodsUrlPrefix());
        cfg.setStatsEnabled(false);
        client = Slack.getInstance(cfg).methods(SlackDefaults.BOT_TOKEN);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void shouldCreateChannelAndAnswerNameTakenWhenCreatedTwice() throws Exception {
        ConversationsCreateResponse first = client.conversationsCreate(r -> r.name("inc-42-db-down"));
        ConversationsCreateResponse second = client.conversationsCreate(r -> r.name("inc-42-db-down"));

        assertThat(first.isOk()).isTrue();
        assertThat(first.getChannel().getName()).isEqualTo("inc-42-db-down");
        assertThat(first.getChannel().getId()).startsWith("C");
        assertThat(fake.channelByName("inc-42-db-down")).get()
                .satisfies(c -> assertThat(c.members()).containsExactly(SlackDefaults.BOT_USER_ID));
        assertThat(second.isOk()).isFalse();
        assertThat(second.getError()).isEqualTo("name_taken");
    }

    @Test
    void shouldRejectChannelNamesSlackWouldRejectWhenCreating() throws Exception {
        assertThat(client.conversationsCreate(r -> r.name("Inc 42!")).getError()).isEqualTo("invalid_name_specials");
        assertThat(client.conversationsCreate(r -> r.name("a".repeat(81))).getError())
                .isEqualTo("invalid_name_maxlength");
        assertThat(client.conversationsCreate(r -> r.name("a".repeat(80))).isOk()).isTrue();
    }

    @Test
    void shouldAnswerAlreadyInChannelWhenEveryInviteeIsAMember() throws Exception {
        String id = client.conversationsCreate(r -> r.name("inc-7")).getChannel().getId();

        ConversationsInviteResponse first = client.conversationsInvite(r -> r.channel(id).users(List.of("U0ALICE")));
        ConversationsInviteResponse again = client.conversationsInvite(r -> r.channel(id).users(List.of("U0ALICE")));
        ConversationsInviteResponse mixed = client.conversationsInvite(
                r -> r.channel(id).users(List.of("U0ALICE", "U0BOB")));

        assertThat(first.isOk()).isTrue();
        assertThat(again.getError()).isEqualTo("already_in_channel");
        assertThat(mixed.isOk()).isTrue();
        assertThat(fake.members(id)).containsExactly(SlackDefaults.BOT_USER_ID, "U0ALICE", "U0BOB");
    }

    @Test
    void shouldAnswerNotFoundErrorsWhenInvitingUnknownUserOrChannel() throws Exception {
        String id = client.conversationsCreate(r -> r.name("inc-8")).getChannel().getId();

        assertThat(client.conversationsInvite(r -> r.channel(id).users(List.of("U0NOBODY"))).getError())
                .isEqualTo("user_not_found");
        assertThat(client.conversationsInvite(r -> r.channel("C0MISSING").users(List.of("U0ALICE"))).getError())
                .isEqualTo("channel_not_found");
    }

    @Test
    void shouldKeepPostedUpdatedPinnedTopicAndBookmarkStateWhenBoltCallsThem() throws Exception {
        String id = client.conversationsCreate(r -> r.name("inc-9")).getChannel().getId();

        ChatPostMessageResponse posted = client.chatPostMessage(r -> r.channel(id).text("Incident declared")
                .blocks(asBlocks(section(s -> s.text(markdownText("*SEV1* db down"))))));
        client.chatUpdate(r -> r.channel(id).ts(posted.getTs()).text("Incident acknowledged"));
        client.pinsAdd(r -> r.channel(id).timestamp(posted.getTs()));
        client.conversationsSetTopic(r -> r.channel(id).topic("SEV1 | db down | IC @alice"));
        client.bookmarksAdd(r -> r.channelId(id).title("Runbook").type("link").link("https://runbooks/db"));

        assertThat(posted.isOk()).isTrue();
        assertThat(posted.getMessage().getBlocks()).hasSize(1);
        FakeMessage stored = fake.message(id, posted.getTs()).orElseThrow();
        assertThat(stored.text()).isEqualTo("Incident acknowledged");
        assertThat(stored.isEdited()).isTrue();
        assertThat(stored.blocksJson()).contains("*SEV1* db down");
        assertThat(fake.pins(id)).containsExactly(posted.getTs());
        assertThat(fake.topic(id)).isEqualTo("SEV1 | db down | IC @alice");
        assertThat(fake.bookmarks(id)).extracting(FakeBookmark::title, FakeBookmark::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Runbook", "https://runbooks/db"));
        assertThat(client.pinsAdd(r -> r.channel(id).timestamp(posted.getTs())).getError())
                .isEqualTo("already_pinned");
        assertThat(client.pinsList(r -> r.channel(id)).getItems()).hasSize(1);
        assertThat(client.bookmarksList(r -> r.channelId(id)).getBookmarks()).hasSize(1);
    }

    @Test
    void shouldListHistoryNewestFirstWithoutThreadRepliesWhenReadBack() throws Exception {
        String id = client.conversationsCreate(r -> r.name("inc-10")).getChannel().getId();
        String first = client.chatPostMessage(r -> r.channel(id).text("one")).getTs();
        client.chatPostMessage(r -> r.channel(id).text("reply").threadTs(first));
        client.chatPostMessage(r -> r.channel(id).text("two"));

        ConversationsHistoryResponse history = client.conversationsHistory(r -> r.channel(id));

        assertThat(history.getMessages()).extracting(Message::getText).containsExactly("two", "one");
        assertThat(client.conversationsReplies(r -> r.channel(id).ts(first)).getMessages())
                .extracting(Message::getText).containsExactly("one", "reply");
        assertThat(fake.messages(id)).extracting(FakeMessage::text).containsExactly("one", "reply", "two");
    }

    @Test
    void shouldAnswerNotInChannelWhenBotIsNotAMemberUntilItJoins() throws Exception {
        fake.addChannel(new FakeChannel("C0OUTSIDE", "outside", false, false, "", List.of("U0ALICE"),
                "U0ALICE", 0));

        assertThat(client.chatPostMessage(r -> r.channel("C0OUTSIDE").text("hi")).getError())
                .isEqualTo("not_in_channel");
        assertThat(client.conversationsJoin(r -> r.channel("C0OUTSIDE")).isOk()).isTrue();
        assertThat(client.chatPostMessage(r -> r.channel("C0OUTSIDE").text("hi")).isOk()).isTrue();
    }

    @Test
    void shouldRejectPostsToArchivedChannelWhenArchived() throws Exception {
        String id = client.conversationsCreate(r -> r.name("inc-11")).getChannel().getId();

        assertThat(client.conversationsArchive(r -> r.channel(id)).isOk()).isTrue();

        assertThat(fake.channel(id).orElseThrow().archived()).isTrue();
        assertThat(client.chatPostMessage(r -> r.channel(id).text("late")).getError()).isEqualTo("is_archived");
        assertThat(client.conversationsInfo(r -> r.channel(id)).getChannel().isArchived()).isTrue();
    }
}
