package com.nexus.chatops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** YAML that does not parse: one plain sentence with line and column, no parser internals. */
class YamlSyntaxTest {

    @Test
    void shouldGiveLineAndColumnInPlainWordsWhenIndentationIsBad() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(Resources.config("bad-indent.yml")));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.getMessage())
                .startsWith("bad-indent.yml: line 3, column 2: bad indentation")
                .doesNotContain("com.fasterxml", "Exception", "snakeyaml", "<block");
        assertThat(e.getStackTrace()).isEmpty();
    }

    @Test
    void shouldSayTabsAreNotAllowedWhenATabIndents() {
        ConfigException e = problemsOf("channels:\n\tincidentPrefix: incident\n");

        assertThat(e.getMessage()).isEqualTo(
                "nexus.yml: line 2, column 1: a tab is used for indentation; YAML allows only spaces");
    }

    @Test
    void shouldNameTheKeyWhenAKeyAppearsTwice() {
        ConfigException e = problemsOf("channels: {}\nchannels: {}\n");

        assertThat(e.getMessage()).contains("line 2").contains("key \"channels\" appears twice");
    }

    @Test
    void shouldPointAtTheOpeningBracketWhenAListIsNotClosed() {
        ConfigException e = problemsOf("services:\n  web: { runbooks: [a, b }\n");

        assertThat(e.getMessage()).startsWith("nexus.yml: line 2").doesNotContain("Exception");
    }

    @Test
    void shouldHintAtQuotingWhenAnUnquotedChannelNameEatsTheClosingBrace() {
        ConfigException e = problemsOf("channels: { stakeholders: #ops, incidentPrefix: inc }\n");

        assertThat(e.getMessage()).startsWith("nexus.yml: line 2").contains("quote it (\"#ops\")");
    }

    @Test
    void shouldSayTheChannelNeedsQuotesWhenAnUnquotedChannelNameLeavesTheValueEmpty() {
        ConfigException e = problemsOf("channels:\n  stakeholders: #ops\n");

        assertThat(e.getMessage()).isEqualTo("nexus.yml: channels.stakeholders: is empty; a channel name must be"
                + " quoted, e.g. \"#nexus-status\", because an unquoted # starts a YAML comment");
    }

    private static ConfigException problemsOf(String yaml) {
        return catchThrowableOfType(ConfigException.class, () -> ConfigLoader.read(yaml, Path.of("nexus.yml")));
    }
}
