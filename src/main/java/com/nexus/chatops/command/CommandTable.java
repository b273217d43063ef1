package com.nexus.chatops.command;

import static com.nexus.chatops.command.CommandSpec.Section.AWS;
import static com.nexus.chatops.command.CommandSpec.Section.GENERAL;
import static com.nexus.chatops.command.CommandSpec.Section.INCIDENT;
import static com.nexus.chatops.command.CommandSpec.Section.KUBERNETES;
import static com.nexus.chatops.command.CommandSpec.Section.RESPONSE;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The single list of commands: the parser dispatches on it and help is printed from it. */
public final class CommandTable {

    private static final String PREVIEWED = ", after a preview and confirmation";

    private static final List<CommandSpec> ALL = List.of(
            spec("declare", "declare [sev1-4] [title…]", INCIDENT,
                    "declare an incident and open its channel (with no arguments, open the declare form)",
                    IncidentSyntax::declare),
            spec("status", "status", INCIDENT,
                    "show this incident's severity, phase, roles and time since the last update",
                    IncidentSyntax::status),
            spec("update", "update investigating|identified|monitoring|resolved [message…]", INCIDENT,
                    "post a status update and move the incident to that phase", IncidentSyntax::update),
            spec("severity", "severity sev1-4", INCIDENT, "change this incident's severity", IncidentSyntax::severity),
            spec("assign", "assign commander|comms @user", INCIDENT,
                    "make someone the incident commander or the communications lead", IncidentSyntax::assign),
            spec("ack", "ack", INCIDENT, "acknowledge this incident's PagerDuty page", IncidentSyntax::ack),
            spec("resolve", "resolve [summary…]", INCIDENT, "resolve this incident, with an optional summary",
                    IncidentSyntax::resolve),
            spec("timeline", "timeline", INCIDENT, "show this incident's timeline of events, updates and actions",
                    IncidentSyntax::timeline),
            spec("postmortem", "postmortem", INCIDENT, "draft a postmortem from this incident's timeline",
                    IncidentSyntax::postmortem),
            spec("oncall", "oncall [service]", RESPONSE, Need.PAGERDUTY_API,
                    "show who is on call, for every service or for one",
                    ResponseSyntax::oncall),
            spec("page", "page <service> [message…]", RESPONSE,
                    "page a service's on-call responder through PagerDuty, with an optional message",
                    ResponseSyntax::page),
            spec("runbook", "runbook [name]", RESPONSE, "list the runbooks, or show the steps of one",
                    ResponseSyntax::runbook),
            spec("alarms", "alarms [service]", RESPONSE, Need.AWS,
                    "show the CloudWatch alarms that are firing, for every service or for one", ResponseSyntax::alarms),
            spec("pods", "pods <service>", KUBERNETES, Need.KUBERNETES,
                    "list a service's pods with their status, restarts and age",
                    KubernetesSyntax::pods),
            spec("history", "history <service>", KUBERNETES, Need.KUBERNETES, "show a service's deployment revisions",
                    KubernetesSyntax::history),
            spec("events", "events <service>", KUBERNETES, Need.KUBERNETES,
                    "show recent Kubernetes events for a service",
                    KubernetesSyntax::events),
            spec("logs", "logs <service> [--previous] [--tail N] [--container C]", KUBERNETES, Need.KUBERNETES,
                    "show the last log lines of a service's pods (100 unless --tail says otherwise)",
                    KubernetesSyntax::logs),
            spec("rollback", "rollback <service> [--to-revision N] [--dry-run]", KUBERNETES, Need.KUBERNETES,
                    "roll a service back to its previous (or a chosen) revision" + PREVIEWED,
                    KubernetesSyntax::rollback),
            spec("restart", "restart <service> [--dry-run]", KUBERNETES, Need.KUBERNETES,
                    "restart a service's pods one by one" + PREVIEWED, KubernetesSyntax::restart),
            spec("scale", "scale <service> <replicas> [--dry-run]", KUBERNETES, Need.KUBERNETES,
                    "scale a service to a number of replicas within its configured limits" + PREVIEWED,
                    KubernetesSyntax::scale),
            spec("ecs status", "ecs status <service>", AWS, Need.AWS,
                    "show an ECS service's deployments and task counts",
                    AwsSyntax::ecsStatus),
            spec("ecs redeploy", "ecs redeploy <service> [--dry-run]", AWS, Need.AWS,
                    "force a fresh deployment of an ECS service" + PREVIEWED, AwsSyntax::ecsRedeploy),
            spec("ecs scale", "ecs scale <service> <count> [--dry-run]", AWS, Need.AWS,
                    "set an ECS service's desired task count" + PREVIEWED, AwsSyntax::ecsScale),
            spec("rds status", "rds status <service>", AWS, Need.AWS, "show the status of a service's RDS database",
                    AwsSyntax::rdsStatus),
            spec("rds snapshot", "rds snapshot <service> [--dry-run]", AWS, Need.AWS,
                    "take a manual snapshot of a service's RDS database, after confirmation", AwsSyntax::rdsSnapshot),
            spec("help", "help [command]", GENERAL, "list every command, or explain one", IncidentSyntax::help),
            spec("stats", "stats [days]", GENERAL,
                    "summarise the incidents of the last days (7 unless given): counts and response times",
                    IncidentSyntax::stats));

    /** Words people reach for that are no typo of the command they mean. */
    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("ecs restart", "ecs redeploy"), Map.entry("ecs deploy", "ecs redeploy"),
            Map.entry("ecs rollout", "ecs redeploy"), Map.entry("rds backup", "rds snapshot"),
            Map.entry("incident", "declare"), Map.entry("open", "declare"), Map.entry("start", "declare"),
            Map.entry("close", "resolve"), Map.entry("acknowledge", "ack"), Map.entry("undo", "rollback"),
            Map.entry("revert", "rollback"), Map.entry("log", "logs"), Map.entry("pod", "pods"),
            Map.entry("alarm", "alarms"), Map.entry("sev", "severity"), Map.entry("role", "assign"),
            Map.entry("pm", "postmortem"), Map.entry("who", "oncall"), Map.entry("on-call", "oncall"));

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, CommandSpec> BY_NAME = byName();

    private CommandTable() {
    }

    private static Map<String, CommandSpec> byName() {
        Map<String, CommandSpec> byName = new HashMap<>();
        ALL.forEach(spec -> byName.putIfAbsent(spec.name(), spec));
        return Map.copyOf(byName);
    }

    public static List<CommandSpec> all() {
        return ALL;
    }

    /** Case-insensitive; multi-word names ("ecs scale") are matched with single spaces. */
    public static Optional<CommandSpec> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = WHITESPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_NAME.get(wanted));
    }

    /** Words that only start a command, such as "ecs". */
    public static Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        ALL.stream().filter(s -> s.name().contains(" ")).forEach(s -> groups.add(s.name().split(" ")[0]));
        return groups;
    }

    public static List<CommandSpec> inGroup(String group) {
        return ALL.stream().filter(s -> s.name().startsWith(group + " ")).toList();
    }

    /** Every word a command line may start with. */
    public static Set<String> firstWords() {
        Set<String> words = new LinkedHashSet<>();
        ALL.forEach(s -> words.add(s.name().split(" ")[0]));
        return words;
    }

    /** The command meant by a word that is no typo of it (e.g. "ecs restart" → "ecs redeploy"). */
    static Optional<String> hint(String typed) {
        return Optional.ofNullable(HINTS.get(typed.toLowerCase(Locale.ROOT)));
    }

    private static CommandSpec spec(String name, String usage, CommandSpec.Section section, String summary,
                                    CommandSpec.Syntax syntax) {
        return spec(name, usage, section, Need.NOTHING, summary, syntax);
    }

    private static CommandSpec spec(String name, String usage, CommandSpec.Section section, Need need,
                                    String summary, CommandSpec.Syntax syntax) {
        return new CommandSpec(name, usage, summary, section, need, syntax);
    }
}
