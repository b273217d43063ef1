package com.nexus.chatops.runbook;

import com.nexus.chatops.config.Actions;
import com.nexus.chatops.runbook.ActionShape.Takes;
import com.nexus.chatops.runbook.ActionShape.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a step's {@code run:} line into an {@link ActionCall}, or says exactly what is wrong with it. */
final class RunLine {
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    /** The call, or the problems (each a sentence about the line); never both. */
    record Parsed(Optional<ActionCall> call, List<String> problems) {}

    private final List<String> words;
    private final List<String> problems = new ArrayList<>();
    private int next;

    private RunLine(String run) {
        this.words = Arrays.stream(run.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    static Parsed parse(String run) {
        return new RunLine(run).parse();
    }

    private Parsed parse() {
        if (words.isEmpty()) {
            return failed("names no action");
        }
        String action = words.get(0);
        next = 1;
        ActionShape shape = StepGrammar.SHAPES.get(action);
        if (shape == null) {
            return failed(whyNot(action));
        }
        Target target = target(action, shape.service());
        List<String> args = arguments(action, shape);
        return problems.isEmpty()
                ? new Parsed(Optional.of(new ActionCall(action, target, args)), List.of())
                : new Parsed(Optional.empty(), List.copyOf(problems));
    }

    private static String whyNot(String action) {
        if (Actions.GROUPS.containsKey(action)) {
            return "\"" + action + "\" is a group of actions; name one of " + String.join(", ", Actions.GROUPS.get(action));
        }
        if (StepGrammar.NOT_STEPS.containsKey(action)) {
            return "\"" + action + "\" cannot be a runbook step (" + StepGrammar.NOT_STEPS.get(action)
                    + "); write it as a manual step showing its /nexus command";
        }
        return "unknown action \"" + action + "\"" + Near.hint(action, StepGrammar.SHAPES.keySet())
                + "; actions are the policy action names of nexus.yml, e.g. k8s.history";
    }

    private Target target(String action, Takes takes) {
        Optional<String> word = next < words.size() && !words.get(next).startsWith("--")
                ? Optional.of(words.get(next)) : Optional.empty();
        if (takes == Takes.NOTHING) {
            return new Target.NoService();
        }
        boolean placeholder = word.map(w -> w.startsWith("{")).orElse(false);
        boolean name = word.map(w -> SERVICE_NAME.matcher(w).matches()).orElse(false);
        if (placeholder || name) {
            next++;
        }
        if (word.isPresent() && word.get().equals(Target.PLACEHOLDER)) {
            return new Target.IncidentService();
        }
        if (placeholder) {
            problems.add("unknown placeholder \"" + word.get() + "\"; the incident's service is " + Target.PLACEHOLDER);
        } else if (name) {
            return new Target.Named(word.get());
        } else if (takes == Takes.SERVICE) {
            problems.add(action + " needs a service: " + Target.PLACEHOLDER + " (the incident's) or a service name"
                    + word.map(w -> ", found \"" + w + "\"").orElse(""));
        }
        return takes == Takes.SERVICE ? new Target.IncidentService() : new Target.NoService();
    }

    private List<String> arguments(String action, ActionShape shape) {
        List<String> args = new ArrayList<>();
        boolean positionalSeen = false;
        while (next < words.size()) {
            String word = words.get(next++);
            if (word.startsWith("--")) {
                option(action, shape, word, args);
            } else if (shape.positional().isPresent() && !positionalSeen) {
                positionalSeen = true;
                value(shape.positional().get(), action + "'s argument", word);
                args.add(word);
            } else {
                problems.add("unexpected \"" + word + "\" after " + action + usage(shape));
            }
        }
        if (shape.positional().isPresent() && !positionalSeen) {
            problems.add(action + " needs an argument after its service: " + shape.positional().get().accepts());
        }
        return args;
    }

    private void option(String action, ActionShape shape, String word, List<String> args) {
        Value kind = shape.options().get(word);
        if (kind == null) {
            problems.add(action + " has no option \"" + word + "\"" + Near.hint(word, shape.options().keySet())
                    + (shape.options().isEmpty() ? "" : " (options: " + String.join(", ",
                    shape.options().keySet().stream().sorted().toList()) + ")"));
            return;
        }
        args.add(word);
        if (kind == Value.FLAG) {
            return;
        }
        if (next >= words.size()) {
            problems.add(word + " needs " + kind.accepts());
            return;
        }
        String value = words.get(next++);
        value(kind, word, value);
        args.add(value);
    }

    private void value(Value kind, String what, String word) {
        if (!kind.accepts(word)) {
            problems.add(what + " must be " + kind.accepts() + ", found \"" + word + "\"");
        }
    }

    private static String usage(ActionShape shape) {
        return shape.options().isEmpty() && shape.positional().isEmpty() ? " (it takes nothing more)" : "";
    }

    private Parsed failed(String problem) {
        return new Parsed(Optional.empty(), List.of(problem));
    }
}
