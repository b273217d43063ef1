package com.nexus.chatops.command;

import java.util.Objects;
import java.util.Optional;

/**
 * One parsed nexus command. {@link #verb()} is the name in the command table (metrics label, help lookup);
 * {@link #action()} is the name policy rules use.
 */
public sealed interface Command {

    String verb();

    default String action() {
        return "incident." + verb();
    }

    record Help(Optional<String> topic) implements Command {
        public Help { Objects.requireNonNull(topic); }
        public String verb() { return "help"; }
        public String action() { return "help"; }
    }

    /** An empty title means "open the declare form". */
    record Declare(Optional<String> severity, String title) implements Command {
        public Declare { Objects.requireNonNull(severity); Objects.requireNonNull(title); }
        public String verb() { return "declare"; }
    }

    record Status() implements Command {
        public String verb() { return "status"; }
    }

    record Update(Phase phase, String message) implements Command {
        public Update { Objects.requireNonNull(phase); Objects.requireNonNull(message); }
        public String verb() { return "update"; }
    }

    record SetSeverity(String severity) implements Command {
        public SetSeverity { Objects.requireNonNull(severity); }
        public String verb() { return "severity"; }
    }

    record Assign(Role role, String userId) implements Command {
        public Assign { Objects.requireNonNull(role); Objects.requireNonNull(userId); }
        public String verb() { return "assign"; }
    }

    record Ack() implements Command {
        public String verb() { return "ack"; }
        public String action() { return "pagerduty.ack"; }
    }

    record Resolve(String summary) implements Command {
        public Resolve { Objects.requireNonNull(summary); }
        public String verb() { return "resolve"; }
    }

    record Timeline() implements Command {
        public String verb() { return "timeline"; }
    }

    record Postmortem() implements Command {
        public String verb() { return "postmortem"; }
    }

    record Oncall(Optional<String> service) implements Command {
        public Oncall { Objects.requireNonNull(service); }
        public String verb() { return "oncall"; }
    }

    record Page(String service, String message) implements Command {
        public Page { Objects.requireNonNull(service); Objects.requireNonNull(message); }
        public String verb() { return "page"; }
        public String action() { return "pagerduty.page"; }
    }

    record Runbook(Optional<String> name) implements Command {
        public Runbook { Objects.requireNonNull(name); }
        public String verb() { return "runbook"; }
    }

    record Alarms(Optional<String> service) implements Command {
        public Alarms { Objects.requireNonNull(service); }
        public String verb() { return "alarms"; }
        public String action() { return "cloudwatch.alarms"; }
    }

    record Pods(String service) implements Command {
        public Pods { Objects.requireNonNull(service); }
        public String verb() { return "pods"; }
        public String action() { return "k8s.pods"; }
    }

    record History(String service) implements Command {
        public History { Objects.requireNonNull(service); }
        public String verb() { return "history"; }
        public String action() { return "k8s.history"; }
    }

    record Events(String service) implements Command {
        public Events { Objects.requireNonNull(service); }
        public String verb() { return "events"; }
        public String action() { return "k8s.events"; }
    }

    /** tail defaults to 100 lines; the parser caps it at 10000. */
    record Logs(String service, boolean previous, int tail, Optional<String> container) implements Command {
        public static final int DEFAULT_TAIL = 100;
        public static final int MAX_TAIL = 10_000;
        public Logs { Objects.requireNonNull(service); Objects.requireNonNull(container); }
        public String verb() { return "logs"; }
        public String action() { return "k8s.logs"; }
    }

    record Rollback(String service, Optional<Integer> toRevision, boolean dryRun) implements Command {
        public Rollback { Objects.requireNonNull(service); Objects.requireNonNull(toRevision); }
        public String verb() { return "rollback"; }
        public String action() { return "k8s.rollback"; }
    }

    record Restart(String service, boolean dryRun) implements Command {
        public Restart { Objects.requireNonNull(service); }
        public String verb() { return "restart"; }
        public String action() { return "k8s.restart"; }
    }

    record Scale(String service, int replicas, boolean dryRun) implements Command {
        public Scale { Objects.requireNonNull(service); }
        public String verb() { return "scale"; }
        public String action() { return "k8s.scale"; }
    }

    record EcsStatus(String service) implements Command {
        public EcsStatus { Objects.requireNonNull(service); }
        public String verb() { return "ecs status"; }
        public String action() { return "ecs.status"; }
    }

    record EcsRedeploy(String service, boolean dryRun) implements Command {
        public EcsRedeploy { Objects.requireNonNull(service); }
        public EcsRedeploy(String service) { this(service, false); }
        public String verb() { return "ecs redeploy"; }
        public String action() { return "ecs.redeploy"; }
    }

    record EcsScale(String service, int count, boolean dryRun) implements Command {
        public EcsScale { Objects.requireNonNull(service); }
        public EcsScale(String service, int count) { this(service, count, false); }
        public String verb() { return "ecs scale"; }
        public String action() { return "ecs.scale"; }
    }

    record RdsStatus(String service) implements Command {
        public RdsStatus { Objects.requireNonNull(service); }
        public String verb() { return "rds status"; }
        public String action() { return "rds.status"; }
    }

    record RdsSnapshot(String service, boolean dryRun) implements Command {
        public RdsSnapshot { Objects.requireNonNull(service); }
        public RdsSnapshot(String service) { this(service, false); }
        public String verb() { return "rds snapshot"; }
        public String action() { return "rds.snapshot"; }
    }

    /** days defaults to 7. */
    record Stats(int days) implements Command {
        public static final int DEFAULT_DAYS = 7;
        public String verb() { return "stats"; }
    }
}
