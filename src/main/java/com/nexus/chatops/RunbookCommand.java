package com.nexus.chatops;

import com.nexus.chatops.config.ConfigException;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.runbook.RunbookLoader;
import com.nexus.chatops.runbook.lint.LintReport;
import com.nexus.chatops.runbook.lint.RunbookLint;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `nexus runbook lint [DIR]`: check runbook files before nexus (or CI) reads them. */
@Command(name = "runbook", mixinStandardHelpOptions = true, description = "Work with the runbooks.")
final class RunbookCommand {
    static final int PROBLEMS = 1;

    @Spec
    CommandSpec spec;

    @Command(name = "lint", mixinStandardHelpOptions = true, description = {
        "Check runbooks: YAML and schema, unique ids, that every step names a real action and a service of the"
            + " catalog, that every match pattern compiles and every cited seed section exists.",
        "Each problem is printed as FILE:LINE: where: what. Exit 0 when there is none, 1 when there are,"
            + " 2 when the catalog cannot be read.",
        "The catalog is --config, else NEXUS_CONFIG, else ./nexus.yml, else ./nexus.example.yml."})
    int lint(@Parameters(arity = "0..1", paramLabel = "DIR",
                    description = "runbooks directory (default: NEXUS_RUNBOOKS, else ./runbooks)") Path dir,
             @Option(names = "--config", paramLabel = "FILE", description = "nexus.yml whose services and"
                     + " severities the runbooks must use") Path config,
             @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "docs/seeds",
                     description = "the seed runbooks citations refer to (default: ${DEFAULT-VALUE})") Path seeds) {
        return lint(dir, config, seeds, System.getenv(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    static int lint(Path dir, Path config, Path seeds, Map<String, String> env, PrintWriter out, PrintWriter err) {
        try {
            Path runbooks = dir != null ? dir : RunbookLoader.directory(env);
            Optional<Path> catalog = catalog(config, env);
            if (catalog.isEmpty()) {
                err.println("runbook lint: no catalog to check services against: pass --config FILE or set"
                        + " NEXUS_CONFIG (neither ./nexus.yml nor ./nexus.example.yml exists)");
                return Startup.CONFIG_ERROR;
            }
            NexusConfig nexus;
            try {
                nexus = ConfigLoader.load(catalog.get());
            } catch (ConfigException e) {
                err.println("runbook lint: " + catalog.get() + " cannot be used as the catalog:");
                e.problems().forEach(p -> err.println("  - " + p));
                return Startup.CONFIG_ERROR;
            }
            LintReport report = RunbookLint.lint(runbooks, nexus, catalog.get(), seeds);
            report.problems().forEach(out::println);
            String checked = report.runbooks() + " runbook" + (report.runbooks() == 1 ? "" : "s") + " in " + runbooks
                    + " (services from " + catalog.get() + ", seeds in " + seeds + ")";
            if (report.clean()) {
                out.println("runbook lint: " + checked + ": no problems");
                return 0;
            }
            int n = report.problems().size();
            out.println("runbook lint: " + n + " problem" + (n == 1 ? "" : "s") + "; read " + checked);
            return PROBLEMS;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Optional<Path> catalog(Path config, Map<String, String> env) {
        if (config != null) {
            return Optional.of(config);
        }
        Optional<Path> named = Optional.ofNullable(env.get("NEXUS_CONFIG")).map(String::strip)
                .filter(v -> !v.isEmpty()).map(Path::of);
        return named.or(() -> Stream.of(Path.of("nexus.yml"), Path.of("nexus.example.yml"))
                .filter(Files::exists).findFirst());
    }
}
