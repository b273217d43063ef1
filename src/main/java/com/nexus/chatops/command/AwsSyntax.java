package com.nexus.chatops.command;

/** Syntax of the `ecs` and `rds` subcommands. */
final class AwsSyntax {

    private AwsSyntax() {
    }

    static Command ecsStatus(Input in) {
        return new Command.EcsStatus(Services.only(in));
    }

    static Command ecsRedeploy(Input in) {
        return new Command.EcsRedeploy(Services.only(in));
    }

    static Command ecsScale(Input in) {
        Flags flags = Flags.parse(in);
        String service = Services.required(flags.positional(0), in.vocabulary());
        int count = Values.wholeNumber("<count>", flags.positional(1), 0, KubernetesSyntax.MAX_REPLICAS);
        flags.expectAtMost(2, in.verb());
        return new Command.EcsScale(service, count);
    }

    static Command rdsStatus(Input in) {
        return new Command.RdsStatus(Services.only(in));
    }

    static Command rdsSnapshot(Input in) {
        return new Command.RdsSnapshot(Services.only(in));
    }
}
