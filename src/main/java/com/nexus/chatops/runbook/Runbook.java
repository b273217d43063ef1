package com.nexus.chatops.runbook;

import com.nexus.chatops.config.Service;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * One procedure, read from a file in runbooks/. Steps are in display order: stage by stage as the file lists the
 * stages, each stage's steps as written. {@code severity} is a severity word of nexus.yml (a hint, not a rule).
 */
public record Runbook(String id, String title, String summary, Optional<String> severity, Match match,
                      List<Citation> sources, List<Step> steps) {
    public Runbook {
        sources = List.copyOf(sources);
        steps = List.copyOf(steps);
    }

    public List<Stage> stages() {
        LinkedHashSet<Stage> stages = new LinkedHashSet<>();
        steps.forEach(s -> stages.add(s.key().stage()));
        return List.copyOf(stages);
    }

    public List<Step> steps(Stage stage) {
        return steps.stream().filter(s -> s.key().stage() == stage).toList();
    }

    /** The steps that suit an incident on this service; every step when the incident names no service. */
    public List<Step> stepsFor(Optional<Service> service) {
        return service.map(s -> steps.stream().filter(step -> step.suits(s)).toList()).orElse(steps);
    }

    public Optional<Step> step(StepKey key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
