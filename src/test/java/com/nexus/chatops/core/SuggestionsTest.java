package com.nexus.chatops.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> SERVICES = List.of("core-api", "frontend", "platform", "core-worker");

    @Test
    void shouldFindCandidateWhenOneEditAway() {
        assertThat(Suggestions.nearest("core-apj", SERVICES)).contains("core-api");
        assertThat(Suggestions.nearest("FRONTEND", SERVICES)).contains("frontend");
    }

    @Test
    void shouldCountASwapAsOneEditWhenLettersAreTransposed() {
        assertThat(Suggestions.distance("rollbakc", "rollback")).isEqualTo(1);
        assertThat(Suggestions.nearest("pd", List.of("dp", "px"))).contains("dp");
    }

    @Test
    void shouldFindCandidateWhenInputIsAPrefix() {
        assertThat(Suggestions.nearest("plat", SERVICES)).contains("platform");
    }

    @Test
    void shouldSuggestNothingWhenNoCandidateIsClose() {
        assertThat(Suggestions.nearest("billing", SERVICES)).isEmpty();
        assertThat(Suggestions.nearest("", SERVICES)).isEmpty();
        assertThat(Suggestions.nearest(null, SERVICES)).isEmpty();
        assertThat(Suggestions.nearest("x".repeat(4096), SERVICES)).isEmpty();
    }

    @Test
    void shouldBreakTiesAlphabeticallyWhenCandidatesAreEquallyClose() {
        assertThat(Suggestions.nearest("cat", List.of("cot", "bat"))).contains("bat");
        assertThat(Suggestions.nearest("cat", List.of("bat", "cot"))).contains("bat");
    }
}
