package com.nexus.chatops.runbook.hint;

import com.nexus.chatops.runbook.Signal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Seed 000's "Nexus Pod CrashLooping" threshold: a pod with at least the threshold's restarts whose last restart
 * was within the restart window (or whose last restart time the adapter could not tell).
 */
final class CrashLoopRule implements Rule {
    @Override
    public Signal signal() {
        return Signal.CRASH_LOOP;
    }

    @Override
    public Optional<Hint> evaluate(Facts facts, HintSettings settings) {
        List<PodState> looping = looping(facts, settings);
        return looping.isEmpty() ? Optional.empty() : Optional.of(new Hint.CrashLooping(looping));
    }

    static List<PodState> looping(Facts facts, HintSettings settings) {
        Instant since = facts.observedAt().minus(settings.restartWindow());
        return facts.workload().map(w -> w.pods().stream()
                .filter(p -> p.restarts() >= settings.restartThreshold())
                .filter(p -> p.lastRestartAt().map(at -> !at.isBefore(since)).orElse(true))
                .toList()).orElse(List.of());
    }
}
