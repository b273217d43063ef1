package com.nexus.chatops.runbook;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Service;
import java.util.List;
import java.util.Optional;

/**
 * An action step: a policy action name from {@link com.nexus.chatops.config.Actions}, its target, and the words
 * after the service as written ({@code --previous}, {@code --tail 100}, {@code {replicas.max}} …), already checked.
 */
public record ActionCall(String action, Target target, List<String> args) implements Instruction {
    public ActionCall {
        args = List.copyOf(args);
    }

    /** What the action acts on; empty for actions such as cloudwatch.alarms or pagerduty.ack. */
    public Optional<Platform> platform() {
        return StepGrammar.SHAPES.get(action).platform();
    }

    /**
     * The command a responder would type for this step in an incident on {@code incidentService}, e.g.
     * {@code /nexus scale core-api 5}: a button runs exactly this through the parser and the guards. Empty when the
     * step cannot run there: it needs the incident's service and there is none, the service is not in nexus.yml,
     * or it lacks what the action acts on.
     */
    public Optional<String> commandLine(Optional<String> incidentService, NexusConfig config) {
        ActionShape shape = StepGrammar.SHAPES.get(action);
        Optional<String> name = target.resolve(incidentService);
        if (target instanceof Target.NoService) {
            return Optional.of(line(shape.verb(), args));
        }
        Optional<Service> service = name.flatMap(config::service)
                .filter(s -> shape.platform().map(p -> p.of(s)).orElse(true));
        return service.map(s -> line(shape.verb() + " " + s.name(),
                args.stream().map(a -> Placeholders.fill(a, s)).toList()));
    }

    private static String line(String head, List<String> args) {
        return "/nexus " + head + (args.isEmpty() ? "" : " " + String.join(" ", args));
    }
}
