package com.nexus.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.SectionBlock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Long text must still be a message Slack accepts. */
class SectionsTest {

    @Test
    void shouldSplitAtLineEndsWithinSlacksSectionLimitWhenTextIsLong() {
        String text = IntStream.range(0, 500).mapToObj(i -> "line " + i + " ünïcode ✓").collect(Collectors.joining("\n"));

        List<String> parts = Sections.of(text).stream().map(b -> ((SectionBlock) b).getText().getText()).toList();

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(3000));
        assertThat(String.join("\n", parts)).isEqualTo(text);
    }

    @Test
    void shouldCutASingleHugeLineAndNeverExceedFiftyBlocksWhenTextIsEnormous() {
        String text = "x".repeat(200_000);

        assertThat(Sections.of(text)).hasSize(50)
                .allSatisfy(b -> assertThat(((SectionBlock) b).getText().getText().length()).isLessThanOrEqualTo(3000));
    }
}
