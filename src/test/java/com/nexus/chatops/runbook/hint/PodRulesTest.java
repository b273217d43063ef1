package com.nexus.chatops.runbook.hint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.config.Replicas;
import com.nexus.chatops.runbook.Signal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Crash loops (more than 3 restarts lately, seed 000) and OOM kills ("If OOM: Increase memory limits"). */
class PodRulesTest {
    private static final Instant NOW = Instant.parse("2026-01-03T10:05:00Z");

    private static Facts facts(PodState... pods) {
        return Facts.at(NOW.minusSeconds(300), NOW)
                .withWorkload(new Workload("nexus-frontend", 2, 1, new Replicas(2, 4), List.of(pods)));
    }

    private static PodState pod(String name, int restarts, String last, Duration since) {
        return new PodState(name, false, restarts, Optional.ofNullable(last),
                Optional.ofNullable(since).map(NOW::minus));
    }

    @Test
    void shouldNameThePodsWhenTheyRestartedThreeTimesInTheLastTenMinutes() {
        Facts facts = facts(pod("nexus-frontend-a", 7, "Error", Duration.ofMinutes(1)),
                pod("nexus-frontend-b", 2, "Error", Duration.ofMinutes(1)),
                pod("nexus-frontend-c", 9, "Error", Duration.ofHours(2)));

        Hint hint = DecisionHints.evaluate(Signal.CRASH_LOOP, facts, HintSettings.DEFAULTS).orElseThrow();

        assertThat(hint.explain()).isEqualTo("nexus-frontend-a restarted 7 times (last: Error)");
    }

    @Test
    void shouldCountAPodWhoseLastRestartTimeIsUnknownWhenItRestartedOftenEnough() {
        Facts facts = facts(pod("nexus-frontend-a", 3, null, null));

        assertThat(DecisionHints.evaluate(Signal.CRASH_LOOP, facts, HintSettings.DEFAULTS)).isPresent();
    }

    @Test
    void shouldPointAtTheMemoryLimitWhenAContainerWasOomKilled() {
        Facts facts = facts(pod("nexus-frontend-a", 4, "OOMKilled", Duration.ofMinutes(2)),
                pod("nexus-frontend-b", 4, "Error", Duration.ofMinutes(2)));

        Hint hint = DecisionHints.evaluate(Signal.OUT_OF_MEMORY, facts, HintSettings.DEFAULTS).orElseThrow();

        assertThat(hint.explain()).isEqualTo("nexus-frontend-a was OOMKilled (4 restarts); its memory limit is too"
                + " low for its load");
        assertThat(DecisionHints.evaluate(Signal.OUT_OF_MEMORY, facts(pod("nexus-frontend-b", 4, "Error", null)),
                HintSettings.DEFAULTS)).isEmpty();
    }
}
