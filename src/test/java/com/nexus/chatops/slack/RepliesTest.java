package com.nexus.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.SectionBlock;
import org.junit.jupiter.api.Test;

/** Error replies stay messages Slack accepts, however long what they echo. */
class RepliesTest {

    @Test
    void shouldKeepEverySectionWithinSlacksLimitWhenTheProblemIsHuge() {
        Reply reply = Replies.error("x".repeat(5000), "Usage: " + "y".repeat(5000), "z".repeat(5000));

        assertThat(reply.blocks()).filteredOn(SectionBlock.class::isInstance)
                .allSatisfy(b -> assertThat(((SectionBlock) b).getText().getText().length())
                        .isLessThanOrEqualTo(Sections.MAX_SECTION_CHARS));
        assertThat(((SectionBlock) reply.blocks().get(0)).getText().getText()).startsWith(":warning: xxx");
    }
}
