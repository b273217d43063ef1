package com.nexus.chatops.runbook.hint;

import com.nexus.chatops.runbook.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "If resource constraint: Scale pods" (seed 000 §4.2, seeds 001 and 003): pods not ready, crash-looping or killed
 * for memory. Below the replica maximum the hint offers scaling to it (as seed 000 §5.3 scales core-api to 5);
 * at the maximum it says so instead of offering a scale the guard would refuse.
 */
final class ResourceConstraintRule implements Rule {
    @Override
    public Signal signal() {
        return Signal.RESOURCE_CONSTRAINT;
    }

    @Override
    public Optional<Hint> evaluate(Facts facts, HintSettings settings) {
        if (facts.workload().isEmpty()) {
            return Optional.empty();
        }
        Workload w = facts.workload().get();
        List<String> evidence = new ArrayList<>();
        if (w.ready() < w.desired()) {
            evidence.add((w.desired() - w.ready()) + " of " + w.desired() + " are not ready");
        }
        int looping = CrashLoopRule.looping(facts, settings).size();
        if (looping > 0) {
            evidence.add(looping + (looping == 1 ? " pod restarts" : " pods restart") + " again and again");
        }
        int killed = OutOfMemoryRule.killed(facts).size();
        if (killed > 0) {
            evidence.add(killed + (killed == 1 ? " pod was" : " pods were") + " killed for memory");
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(w.desired() < w.bounds().max()
                ? new Hint.ScaleUp(w.name(), w.desired(), w.bounds().max(), w.bounds(), evidence)
                : new Hint.AtMaximum(w.name(), w.desired(), evidence));
    }
}
