package com.nexus.chatops;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `java -jar nexus.jar <serve|console|demo|audit verify|runbook lint>`; picocli renders --help from this tree. */
@Command(name = "nexus", mixinStandardHelpOptions = true, version = "nexus 0.1.0",
        description = "Slack ChatOps bot for incident channels.",
        subcommands = {ServeCommand.class, ConsoleCommand.class, DemoCommand.class, AuditCommand.class, RunbookCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        EarlyStart.begin(args, System.getenv());
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // A failure at startup is reported in one line; stack traces belong in the log, not here.
                    cmd.getErr().println("nexus: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                })
                .execute(args);
    }

    /** No subcommand is a usage error: the usage goes to stderr and the exit code is 2, as for a bad option. */
    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return CommandLine.ExitCode.USAGE;
    }
}
