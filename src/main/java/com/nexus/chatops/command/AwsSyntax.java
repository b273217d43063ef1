package com.nexus.chatops.command;

/** Syntax of the `ecs` and `rds` subcommands. */
final class AwsSyntax {
    private static final Flags.Spec DRY_RUN = new Flags.Spec("--dry-run", null);

    private AwsSyntax() {
    }

    static Command ecsStatus(Input in) {
        return new Command.EcsStatus(Services.only(in));
    }

    static Command ecsRedeploy(Input in) {
        Flags flags = Flags.parse(in, DRY_RUN);
        String service = Services.required(flags.positional(0), in.vocabulary());
        flags.expectAtMost(1, in.verb());
        return new Command.EcsRedeploy(service, flags.has("--dry-run"));
    }

    static Command ecsScale(Input in) {
        Flags flags = Flags.parse(in, DRY_RUN);
        String service = Services.required(flags.positional(0), in.vocabulary());
        int count = Values.wholeNumber("<count>", flags.positional(1), 0, KubernetesSyntax.MAX_REPLICAS);
        flags.expectAtMost(2, in.verb());
        return new Command.EcsScale(service, count, flags.has("--dry-run"));
    }

    static Command rdsStatus(Input in) {
        return new Command.RdsStatus(Services.only(in));
    }

    static Command rdsSnapshot(Input in) {
        Flags flags = Flags.parse(in, DRY_RUN);
        String service = Services.required(flags.positional(0), in.vocabulary());
        flags.expectAtMost(1, in.verb());
        return new Command.RdsSnapshot(service, flags.has("--dry-run"));
    }
}
