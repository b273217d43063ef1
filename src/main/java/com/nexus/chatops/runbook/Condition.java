package com.nexus.chatops.runbook;

import java.util.Optional;

/**
 * When a step is the right one: the seeds' own words ("recent deployment"), a signal nexus can evaluate, or both.
 * At least one of the two is present.
 */
public record Condition(Optional<String> words, Optional<Signal> signal) {
    public Condition {
        if (words.isEmpty() && signal.isEmpty()) {
            throw new IllegalArgumentException("a condition needs words or a signal");
        }
    }

    /** "recent deployment", or the signal's description when the runbook gives no words. */
    public String describe() {
        return words.orElseGet(() -> signal.orElseThrow().description());
    }
}
