package com.nexus.chatops.ingress.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.event.AppMentionEvent;
import org.junit.jupiter.api.Test;

/** Only a person's mention in a channel is answered; never a bot's, never one with no channel. */
class MentionsTest {
    static AppMentionEvent mention() {
        AppMentionEvent ev = new AppMentionEvent();
        ev.setUser("U0PERSON1");
        ev.setChannel("C0GENERAL");
        ev.setTs("1700000000.000100");
        return ev;
    }

    @Test
    void shouldAnswerAPersonsMention() {
        assertThat(Mentions.answerable(mention())).isTrue();
    }

    @Test
    void shouldNeverAnswerABot() {
        AppMentionEvent byBotId = mention();
        byBotId.setBotId("B0OTHER");
        AppMentionEvent bySubtype = mention();
        bySubtype.setSubtype("bot_message");
        assertThat(Mentions.answerable(byBotId)).isFalse();
        assertThat(Mentions.answerable(bySubtype)).isFalse();
    }

    @Test
    void shouldIgnoreAMentionWithoutChannelOrAuthor() {
        AppMentionEvent blankChannel = mention();
        blankChannel.setChannel(" ");
        AppMentionEvent noUser = mention();
        noUser.setUser(null);
        assertThat(Mentions.answerable(blankChannel)).isFalse();
        assertThat(Mentions.answerable(noUser)).isFalse();
        assertThat(Mentions.answerable(null)).isFalse();
    }
}
