package com.nexus.chatops.ingress.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The card's severity menu value is "{incident}:{severity}"; anything else is read as a card that is out of date. */
class SeverityChoiceTest {
    @Test
    void shouldReadTheIncidentAndSeverityOfAValueTheCardMade() {
        assertThat(SeverityChoice.parse("42:sev1")).contains(new SeverityChoice(42, "sev1"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "sev1", ":sev1", "42:", "x:sev1", "99999999999999999999:sev1"})
    void shouldReadNothingFromAValueItDidNotMake(String value) {
        assertThat(SeverityChoice.parse(value)).isEqualTo(Optional.empty());
    }
}
