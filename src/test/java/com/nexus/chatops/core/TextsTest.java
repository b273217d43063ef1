package com.nexus.chatops.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shaping user text: bidi controls removed, everything else kept. */
class TextsTest {
    @Test
    void shouldRemoveEveryBidiEmbeddingOverrideAndIsolateCharacterAndNothingElse() {
        String all = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
        assertThat(Texts.withoutBidi("evil" + all + "title")).isEqualTo("eviltitle");
        assertThat(Texts.withoutBidi("café \u200F ok")).isEqualTo("café \u200F ok");
        assertThat(Texts.withoutBidi(null)).isNull();
    }

    @Test
    void shouldCutEscapedMrkdwnBeforeAnEntityOrAMentionRatherThanInsideIt() {
        assertThat(Texts.cutMrkdwn("thanks <@U024BE7LH> for the fix", 12)).isEqualTo("thanks …");
        assertThat(Texts.cutMrkdwn("thanks <@U024BE7LH> for the fix", 22)).isEqualTo("thanks <@U024BE7LH> f…");
        assertThat(Texts.cutMrkdwn("a &amp; b", 5)).isEqualTo("a …");
        assertThat(Texts.cutMrkdwn("short", 10)).isEqualTo("short");
    }
}
