package com.nexus.chatops.runbook.hint;

import com.nexus.chatops.runbook.Condition;
import com.nexus.chatops.runbook.Signal;
import com.nexus.chatops.runbook.Step;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the {@code when:} of runbook steps on facts the adapters read: pure functions, no I/O, so the same
 * facts always give the same hints. Steps whose condition only a person can judge get none.
 */
public final class DecisionHints {
    private static final Map<Signal, Rule> RULES = rules();

    private DecisionHints() {}

    private static Map<Signal, Rule> rules() {
        Map<Signal, Rule> rules = new EnumMap<>(Signal.class);
        for (Rule rule : List.of(new RecentDeployRule(), new ResourceConstraintRule(), new CrashLoopRule(),
                new OutOfMemoryRule())) {
            rules.put(rule.signal(), rule);
        }
        if (rules.size() != Signal.values().length) {
            throw new IllegalStateException("every signal needs a rule");
        }
        return rules;
    }

    public static Optional<Hint> evaluate(Signal signal, Facts facts, HintSettings settings) {
        return RULES.get(signal).evaluate(facts, settings);
    }

    /** The steps (in their order) whose condition holds, each with its hint. */
    public static List<Advice> advise(List<Step> steps, Facts facts, HintSettings settings) {
        Map<Signal, Optional<Hint>> evaluated = new EnumMap<>(Signal.class);
        List<Advice> advice = new ArrayList<>();
        for (Step step : steps) {
            step.condition().flatMap(Condition::signal)
                    .flatMap(s -> evaluated.computeIfAbsent(s, k -> evaluate(k, facts, settings)))
                    .ifPresent(hint -> advice.add(new Advice(step, hint)));
        }
        return advice;
    }
}
