package com.nexus.chatops.command;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Syntax of the Kubernetes commands. */
final class KubernetesSyntax {

    static final int MAX_REPLICAS = 1000;
    private static final int MAX_REVISION = 1_000_000;
    private static final Pattern CONTAINER = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private static final Flags.Spec DRY_RUN = new Flags.Spec("--dry-run", null);
    private static final Flags.Spec TO_REVISION = new Flags.Spec("--to-revision", "N");
    private static final Flags.Spec PREVIOUS = new Flags.Spec("--previous", null);
    private static final Flags.Spec TAIL = new Flags.Spec("--tail", "N");
    private static final Flags.Spec CONTAINER_FLAG = new Flags.Spec("--container", "C");

    private KubernetesSyntax() {
    }

    static Command pods(Input in) {
        return new Command.Pods(Services.only(in));
    }

    static Command history(Input in) {
        return new Command.History(Services.only(in));
    }

    static Command events(Input in) {
        return new Command.Events(Services.only(in));
    }

    static Command logs(Input in) {
        Flags flags = Flags.parse(in, PREVIOUS, TAIL, CONTAINER_FLAG);
        String service = Services.required(flags.positional(0), in.vocabulary());
        flags.expectAtMost(1, in.verb());
        int tail = flags.has("--tail")
                ? Values.wholeNumber("--tail", flags.value("--tail"), 1, Command.Logs.MAX_TAIL)
                : Command.Logs.DEFAULT_TAIL;
        Optional<String> container = flags.value("--container").map(KubernetesSyntax::container);
        return new Command.Logs(service, flags.has("--previous"), tail, container);
    }

    static Command rollback(Input in) {
        Flags flags = Flags.parse(in, TO_REVISION, DRY_RUN);
        String service = Services.required(flags.positional(0), in.vocabulary());
        flags.expectAtMost(1, in.verb());
        Optional<Integer> revision = flags.has("--to-revision")
                ? Optional.of(Values.wholeNumber("--to-revision", flags.value("--to-revision"), 1, MAX_REVISION))
                : Optional.empty();
        return new Command.Rollback(service, revision, flags.has("--dry-run"));
    }

    static Command restart(Input in) {
        Flags flags = Flags.parse(in, DRY_RUN);
        String service = Services.required(flags.positional(0), in.vocabulary());
        flags.expectAtMost(1, in.verb());
        return new Command.Restart(service, flags.has("--dry-run"));
    }

    static Command scale(Input in) {
        Flags flags = Flags.parse(in, DRY_RUN);
        String service = Services.required(flags.positional(0), in.vocabulary());
        int replicas = Values.wholeNumber("<replicas>", flags.positional(1), 0, MAX_REPLICAS);
        flags.expectAtMost(2, in.verb());
        return new Command.Scale(service, replicas, flags.has("--dry-run"));
    }

    private static String container(String typed) {
        String name = typed.toLowerCase(Locale.ROOT);
        if (!CONTAINER.matcher(name).matches()) {
            throw new ParseProblem(Values.code(typed) + " is not a container name: use lowercase letters, digits"
                    + " and hyphens, up to 63 characters.");
        }
        return name;
    }
}
