package com.nexus.chatops;

import com.nexus.chatops.config.ConfigException;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.config.NexusConfig;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the environment and nexus.yml once and reports every problem together. Exit code 2 means "fix the
 * configuration"; nothing is started with a half-valid one.
 */
final class Startup {
    static final int CONFIG_ERROR = 2;

    private Startup() {}

    /** @return the loaded configuration, or null after printing every problem to {@code err}. */
    static NexusConfig load(Env env, List<String> envProblems, PrintStream err) {
        List<String> problems = new ArrayList<>(envProblems);
        NexusConfig config = null;
        Path path = env.configPath();
        if (!Files.exists(path) && !env.configPathExplicit()) {
            err.println("nexus: no " + path + " found; using built-in defaults (seed severities, no services)."
                    + " Copy nexus.example.yml to nexus.yml to describe your services.");
            config = NexusConfig.defaults();
        } else {
            try {
                config = ConfigLoader.load(path);
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            err.println("nexus: the configuration has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + ":");
            problems.forEach(p -> err.println("  - " + p));
            return null;
        }
        return config;
    }
}
