package com.nexus.chatops.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void shouldAcceptExactlySev1ToSev4WhenUsingDefaults() {
        Vocabulary defaults = Vocabulary.defaults();

        assertThat(defaults.services()).isEmpty();
        assertThat(defaults.severity("SEV4")).contains("sev4");
        assertThat(defaults.severity("p1")).isEmpty();
        assertThat(defaults.describeSeverities()).isEqualTo("`sev1`, `sev2`, `sev3`, `sev4`");
    }

    @Test
    void shouldMatchSeverityWordsInAnyCaseWhenConfiguredWithCapitals() {
        Vocabulary vocabulary = new Vocabulary(Set.of("Core-API"), Map.of("P0", "SEV1"));

        assertThat(vocabulary.severity("p0")).contains("sev1");
        assertThat(vocabulary.service("core-api")).contains("Core-API");
    }

    @Test
    void shouldSaySoWhenNoSeveritiesAreConfigured() {
        CommandParser parser = new CommandParser(new Vocabulary(null, null));

        assertThat(parser.parse("severity sev1")).isInstanceOfSatisfying(ParseResult.Failure.class,
                failure -> assertThat(failure.problem()).contains("none are configured"));
        assertThat(parser.parse("declare outage")).isEqualTo(new ParseResult.Parsed(
                new Command.Declare(Optional.empty(), "outage")));
    }
}
