package com.nexus.chatops.runbook;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** One step of a schema-valid tree: its run line read, its platform settled, its condition gathered. */
final class StepTree {
    private final StepKey key;
    private final ProblemSink problems;

    StepTree(StepKey key, ProblemSink problems) {
        this.key = key;
        this.problems = problems;
    }

    Step read(JsonNode node) {
        String text = RunbookTree.text(node, "text").orElseThrow();
        Optional<String> run = RunbookTree.text(node, "run");
        Optional<String> command = RunbookTree.text(node, "command").map(String::stripTrailing);
        if (run.isPresent() && command.isPresent()) {
            problems.add(at(""), "has both run and command: a step either runs an action or shows a command");
        }
        Optional<Platform> written = RunbookTree.text(node, "for").flatMap(Platform::of);
        Instruction instruction;
        Optional<Platform> platform;
        if (run.isPresent()) {
            RunLine.Parsed parsed = RunLine.parse(run.get());
            parsed.problems().forEach(p -> problems.add(at("run"), p));
            // A run line that could not be read is kept as text, so the rest of the file can still be checked.
            instruction = parsed.call().<Instruction>map(c -> c).orElseGet(() -> new ManualCommand(run));
            platform = parsed.call().flatMap(ActionCall::platform);
            platform.filter(p -> written.isPresent() && written.get() != p).ifPresent(p -> problems.add(at("for"),
                    "says " + written.get().key() + ", but " + parsed.call().orElseThrow().action() + " acts on "
                            + p.key()));
        } else {
            instruction = new ManualCommand(command);
            platform = manualPlatform(text + "\n" + command.orElse(""), written);
        }
        return new Step(key, text, instruction, condition(node), written.or(() -> platform));
    }

    private Optional<Platform> manualPlatform(String text, Optional<Platform> written) {
        Set<Platform> used = Placeholders.platforms(text);
        if (used.size() > 1) {
            problems.add(at(""), "uses placeholders of " + used.stream().map(Platform::key)
                    .collect(Collectors.joining(" and ")) + "; write one step per platform");
        }
        written.filter(w -> !used.isEmpty() && !used.contains(w)).ifPresent(w -> problems.add(at("for"),
                "says " + w.key() + ", but its placeholders are " + used.iterator().next().key() + "'s"));
        return used.size() == 1 ? Optional.of(used.iterator().next()) : Optional.empty();
    }

    private Optional<Condition> condition(JsonNode node) {
        Optional<String> words = RunbookTree.text(node, "if");
        Optional<Signal> signal = RunbookTree.text(node, "when").flatMap(Signal::of);
        return words.isEmpty() && signal.isEmpty() ? Optional.empty() : Optional.of(new Condition(words, signal));
    }

    private String at(String field) {
        return Where.step(key) + (field.isEmpty() ? "" : "/" + field);
    }
}
