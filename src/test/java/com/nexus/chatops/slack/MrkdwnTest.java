package com.nexus.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a responder wrote, shown in Slack (mentions of people and channels only) and outside it (plain names). */
class MrkdwnTest {
    /** The only markup escapeWritten may emit: a person or a channel, nothing that pages a crowd or links. */
    private static final Pattern ONLY_MENTIONS = Pattern.compile("(?:[^<>]|<@[UW][A-Z0-9]{2,}>"
            + "|<#C[A-Z0-9]{2,}(?:\\|[\\p{L}\\p{N}._-]+)?>)*");
    private static final List<String> HOSTILE = List.of("<!channel>", "<!here|here>", "<!everyone>",
            "<@U1|x>evil>", "<@U024BE7LH|x>evil>", "<http://evil|google.com>", "<mailto:a@b.c|boss>",
            "<!subteam^S0123|<!channel>>", "<#C0123|ops&<!here>>", "<@U024BE7LH|<!channel>>", "<!chan\u202Enel>",
            "<!date^1700000000^{date}|today>", "<<@U024BE7LH>>", "&lt;!channel&gt;", "<@u024be7lh>", "<#C0123|a b>");

    @Test
    void shouldKeepPersonAndChannelMentionsAsRealMentionsWhenEscapingWrittenText() {
        assertThat(Mrkdwn.escapeWritten("ask <@U024BE7LH|alice> in <#C0123|ops> & <@W0ABC>"))
                .isEqualTo("ask <@U024BE7LH> in <#C0123|ops> &amp; <@W0ABC>");
        assertThat(Mrkdwn.escapeWritten("<#C0123>")).isEqualTo("<#C0123>");
    }

    @Test
    void shouldShowBroadcastsAndGroupsAsPlainTextWhenEscapingWrittenText() {
        assertEscaped(Map.of("<!here> <!channel> <!everyone|everyone> <!subteam^S0123|@oncall> <!subteam^S0123>",
                "@here @channel @everyone @oncall @S0123"));
    }

    @Test
    void shouldEscapeEverythingElseWhenEscapingWrittenText() {
        assertEscaped(Map.of("a < b && c > d", "a &lt; b &amp;&amp; c &gt; d",
                "<http://evil|google.com>", "&lt;http://evil|google.com&gt;",
                "<@U1|x>evil>", "&lt;@U1|x&gt;evil&gt;",
                "<@U024BE7LH|x>evil>", "<@U024BE7LH>evil&gt;",
                "<@u024be7lh>", "&lt;@u024be7lh&gt;"));
        assertThat(Mrkdwn.escapeWritten(null)).isEmpty();
    }

    @Test
    void shouldNeverLetANameCarryMarkupWhenEscapingWrittenText() {
        assertEscaped(Map.of("<@U024BE7LH|a&b>", "<@U024BE7LH>",
                "<#C0123|ops&amp;dev>", "<#C0123>",
                "<!subteam^S0123|@on&call>", "@S0123",
                "<#C0123|ops&<!here>>", "&lt;#C0123|ops&amp;@here&gt;"));
    }

    private static void assertEscaped(Map<String, String> writtenToShown) {
        writtenToShown.forEach((written, shown) -> assertThat(Mrkdwn.escapeWritten(written)).as(written)
                .isEqualTo(shown));
    }

    @Test
    void shouldDropBidiOverridesBeforeLookingForMentions() {
        assertEscaped(Map.of("<!chan\u202Enel> fixed\u2066 by <@U024BE7LH|\u202Eecila>",
                "@channel fixed by <@U024BE7LH>"));
        assertThat(Mrkdwn.plainWritten("by <@U024BE7LH|\u202Eecila> and <@U024BE7LH|al\u200Fice>"))
                .isEqualTo("by @ecila and @U024BE7LH");
    }

    @Test
    void shouldEmitOnlyPersonAndChannelMarkupWhateverIsWritten() {
        for (String hostile : HOSTILE) {
            String shown = Mrkdwn.escapeWritten("x " + hostile + " y");
            assertThat(shown).as(hostile).doesNotContain("<!").doesNotContain("<http").doesNotContain("<mailto")
                    .matches(ONLY_MENTIONS);
            assertThat(shown.replaceAll("&(amp|lt|gt);", "")).as(hostile).doesNotContain("&");
        }
    }

    @Test
    void shouldWriteMentionsAsNamesForReadersOutsideSlack() {
        assertThat(Mrkdwn.plainWritten("ask <@U024BE7LH|alice> and <@U0BOB1> in <#C0123|ops> or <#C0456>, <!here>"
                + " <!channel> <!subteam^S0123|@oncall> <!subteam^S0789>"))
                .isEqualTo("ask @alice and @U0BOB1 in #ops or #C0456, @here @channel @oncall @S0789");
    }

    @Test
    void shouldKeepTypedTextAsTypedForReadersOutsideSlack() {
        assertThat(Mrkdwn.plainWritten("a < b & c > d &lt; <http://evil|google.com> <@U1|x>evil>"))
                .isEqualTo("a < b & c > d &lt; <http://evil|google.com> <@U1|x>evil>");
        assertThat(Mrkdwn.plainWritten("<@U024BE7LH|a&b> <#C0123|ops<x>")).isEqualTo("@U024BE7LH <#C0123|ops<x>");
        assertThat(Mrkdwn.plainWritten(null)).isEmpty();
    }

    @Test
    void shouldLeaveNoSlackIdOrMarkupInPlainTextOfMentions() {
        String plain = Mrkdwn.plainWritten("<@U024BE7LH|alice> <#C0123|ops> <!here> <!subteam^S0123|@oncall>");

        assertThat(plain).isEqualTo("@alice #ops @here @oncall").doesNotContain("<").doesNotContain("U024BE7LH");
    }
}
