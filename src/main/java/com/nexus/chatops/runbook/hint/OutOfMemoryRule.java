package com.nexus.chatops.runbook.hint;

import com.nexus.chatops.runbook.Signal;
import java.util.List;
import java.util.Optional;

/** "If OOM: Increase memory limits" (seed 000 §4.2): a container was last killed for exceeding its memory limit. */
final class OutOfMemoryRule implements Rule {
    @Override
    public Signal signal() {
        return Signal.OUT_OF_MEMORY;
    }

    @Override
    public Optional<Hint> evaluate(Facts facts, HintSettings settings) {
        List<PodState> killed = killed(facts);
        return killed.isEmpty() ? Optional.empty() : Optional.of(new Hint.OutOfMemory(killed));
    }

    static List<PodState> killed(Facts facts) {
        return facts.workload().map(w -> w.pods().stream().filter(PodState::killedForMemory).toList())
                .orElse(List.of());
    }
}
