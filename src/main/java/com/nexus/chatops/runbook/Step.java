package com.nexus.chatops.runbook;

import com.nexus.chatops.config.Service;
import java.util.Optional;

/**
 * One step of a runbook. {@code platform} is what the step is about (from its action, its command's placeholders
 * or the file's {@code for:}); a step without one suits every service.
 */
public record Step(StepKey key, String text, Instruction instruction, Optional<Condition> condition,
                   Optional<Platform> platform) {

    public Optional<ActionCall> action() {
        return instruction instanceof ActionCall call ? Optional.of(call) : Optional.empty();
    }

    public boolean isAction() {
        return instruction instanceof ActionCall;
    }

    /** Whether the step makes sense for this service (a Kubernetes step does not for an ECS-only service). */
    public boolean suits(Service service) {
        return platform.map(p -> p.of(service)).orElse(true);
    }
}
