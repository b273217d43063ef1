package com.nexus.chatops.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Block Kit as a terminal reader sees it. */
class PlainTextTest {

    @Test
    void shouldRenderEveryKindOfBlockAsReadableTextWhenAMessageMixesThem() {
        Reply reply = Reply.inChannel("fallback", List.of(
                header(h -> h.text(plainText("INC 001: core-api 5xx"))),
                section(s -> s.text(markdownText("*Severity:* sev2 — commander <@U123|alice>"))),
                divider(),
                context(List.of(markdownText("declared <!date^1700000000^{date_short} {time}|Nov 14 22:13 UTC>"))),
                actions(List.of(button(b -> b.text(plainText("Post update")).actionId("u")),
                        button(b -> b.text(plainText("Resolve")).actionId("r"))))));

        String text = PlainText.render(reply);

        assertThat(text).contains("INC 001: core-api 5xx\n=====")
                .contains("*Severity:* sev2 — commander @alice")
                .contains("declared Nov 14 22:13 UTC")
                .contains("[Post update] [Resolve]")
                .doesNotContain("<!date").doesNotContain("<@");
    }

    @Test
    void shouldFallBackToTheTextWhenThereAreNoBlocks() {
        assertThat(PlainText.render(Reply.ephemeral("see <https://example.com|the runbook> &amp; <#C1|ops>", null)))
                .isEqualTo("see the runbook (https://example.com) & #ops");
    }
}
