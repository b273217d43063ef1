package com.nexus.chatops.runbook;

import com.nexus.chatops.config.NexusConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the runbooks nexus runs with, once at startup, from {@code NEXUS_RUNBOOKS} (default {@code ./runbooks}):
 * either all of them, valid against nexus.yml, or every problem at once. Without the variable and without a
 * ./runbooks directory there are simply no runbooks.
 */
public final class RunbookLoader {
    public static final String ENV = "NEXUS_RUNBOOKS";
    public static final Path DEFAULT = Path.of("runbooks");

    private RunbookLoader() {}

    /** The directory the environment names, or ./runbooks. */
    public static Path directory(Map<String, String> env) {
        return explicit(env).orElse(DEFAULT);
    }

    public static Runbooks load(Map<String, String> env, NexusConfig config) {
        return load(explicit(env), config);
    }

    /** From the directory NEXUS_RUNBOOKS names, else from ./runbooks if there is one, else none. */
    public static Runbooks load(Optional<Path> explicit, NexusConfig config) {
        if (explicit.isEmpty() && !Files.exists(DEFAULT)) {
            return Runbooks.empty();
        }
        return load(explicit.orElse(DEFAULT), config);
    }

    /** @throws RunbookException naming every problem, file and line */
    public static Runbooks load(Path dir, NexusConfig config) {
        ReadResult read = RunbookReader.read(dir);
        List<Problem> problems = new ArrayList<>(read.problems());
        // Without a catalog (no nexus.yml) there is nothing to check services against; `runbook lint` still can.
        if (!config.services().isEmpty()) {
            CatalogCheck catalog = new CatalogCheck(config);
            problems.addAll(catalog.check(read.files()));
            Set<String> ids = read.runbooks().stream().map(Runbook::id).collect(Collectors.toSet());
            Path source = config.source() == null ? Path.of("nexus.yml") : config.source();
            problems.addAll(catalog.listedRunbooks(ids, source, dir));
        }
        if (!problems.isEmpty()) {
            throw new RunbookException(problems);
        }
        return Runbooks.of(read.runbooks());
    }

    private static Optional<String> value(Map<String, String> env) {
        return Optional.ofNullable(env.get(ENV)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<Path> explicit(Map<String, String> env) {
        return value(env).map(Path::of);
    }
}
