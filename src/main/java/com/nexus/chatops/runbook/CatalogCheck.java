package com.nexus.chatops.runbook;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runbooks against the service catalog of nexus.yml: every service they name exists and has what its steps act on,
 * their severity is one nexus.yml knows, and every runbook nexus.yml names for a service exists.
 */
public final class CatalogCheck {
    private final NexusConfig config;

    public CatalogCheck(NexusConfig config) {
        this.config = config;
    }

    public List<Problem> check(List<RunbookFile> files) {
        List<Problem> problems = new ArrayList<>();
        files.forEach(f -> problems.addAll(check(f)));
        return problems;
    }

    public List<Problem> check(RunbookFile file) {
        List<Problem> problems = new ArrayList<>();
        Runbook runbook = file.runbook();
        runbook.severity().filter(s -> config.severity(s).isEmpty()).ifPresent(s -> problems.add(file.problem(
                "/severity", "unknown severity \"" + s + "\"" + known(s, config.severityWords().keySet()))));
        List<String> services = runbook.match().services();
        for (int i = 0; i < services.size(); i++) {
            String name = services.get(i);
            if (config.service(name).isEmpty()) {
                problems.add(file.problem("/match/services/" + i, unknown(name)));
            }
        }
        for (Step step : runbook.steps()) {
            step.action().ifPresent(call -> named(file, step, call).ifPresent(problems::add));
            unreachable(file, step).ifPresent(problems::add);
        }
        return problems;
    }

    /** nexus.yml's {@code runbooks:} entries that name no runbook in {@code dir} (none if it is no directory). */
    public List<Problem> listedRunbooks(Set<String> ids, Path configFile, Path dir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return problems;
        }
        for (Service service : config.services().values()) {
            for (int i = 0; i < service.runbooks().size(); i++) {
                String id = service.runbooks().get(i);
                if (!ids.contains(id)) {
                    problems.add(new Problem(configFile, 0, "services." + service.name() + ".runbooks[" + i + "]",
                            "names runbook \"" + id + "\", which is not in " + dir + Near.hint(id, ids)));
                }
            }
        }
        return problems;
    }

    private Optional<Problem> named(RunbookFile file, Step step, ActionCall call) {
        if (!(call.target() instanceof Target.Named named)) {
            return Optional.empty();
        }
        Optional<Service> service = config.service(named.service());
        if (service.isEmpty()) {
            return Optional.of(file.problemAt(step.key(), "run", unknown(named.service())));
        }
        return call.platform().filter(p -> !p.of(service.get())).map(p -> file.problemAt(step.key(), "run",
                call.action() + " acts on " + p.key() + ", and " + named.service() + " has no " + p.key()
                        + " section in nexus.yml"));
    }

    /** A step for {service} that none of the services the runbook is written for can take. */
    private Optional<Problem> unreachable(RunbookFile file, Step step) {
        List<String> services = file.runbook().match().services();
        boolean forIncident = step.action().map(c -> c.target() instanceof Target.IncidentService).orElse(true);
        if (services.isEmpty() || step.platform().isEmpty() || !forIncident) {
            return Optional.empty();
        }
        boolean anySuits = services.stream().flatMap(s -> config.service(s).stream()).anyMatch(step::suits);
        boolean allKnown = services.stream().allMatch(s -> config.service(s).isPresent());
        return anySuits || !allKnown ? Optional.empty() : Optional.of(file.problemAt(step.key(), "",
                "is a " + step.platform().get().key() + " step, and none of match.services ("
                        + String.join(", ", services) + ") has " + step.platform().get().key()));
    }

    private String unknown(String service) {
        return "unknown service \"" + service + "\"" + known(service, config.services().keySet());
    }

    private static String known(String typed, java.util.Collection<String> known) {
        String near = Near.hint(typed, known);
        return !near.isEmpty() ? near : known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")";
    }
}
