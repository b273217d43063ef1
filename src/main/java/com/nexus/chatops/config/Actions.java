package com.nexus.chatops.config;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of action names a policy rule may name. Guards, the parser's help and the config validator all read
 * it from here so a new action cannot be allowed in one place and unknown in another.
 */
public final class Actions {
    public static final List<String> K8S_READ = List.of("k8s.pods", "k8s.logs", "k8s.events", "k8s.history");
    public static final List<String> AWS_READ = List.of("ecs.status", "rds.status", "cloudwatch.alarms");

    /** Infrastructure actions: denied unless a rule allows them. */
    public static final List<String> GUARDED = List.of(
            "k8s.pods", "k8s.logs", "k8s.events", "k8s.history",
            "k8s.rollback", "k8s.restart", "k8s.scale",
            "ecs.status", "ecs.redeploy", "ecs.scale",
            "rds.status", "rds.snapshot",
            "cloudwatch.alarms",
            "pagerduty.ack", "pagerduty.resolve", "pagerduty.page");

    /** Incident commands: open to every workspace member unless a rule names them. */
    public static final List<String> INCIDENT = List.of(
            "incident.declare", "incident.status", "incident.update", "incident.severity", "incident.assign",
            "incident.resolve", "incident.timeline", "incident.postmortem", "incident.runbook", "incident.oncall");

    public static final String DECLARE = "incident.declare";

    /** Group name → the actions it stands for. */
    public static final Map<String, List<String>> GROUPS = groups();

    private Actions() {}

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("k8s.read", K8S_READ);
        groups.put("aws.read", AWS_READ);
        return Collections.unmodifiableMap(groups);
    }

    /** Every word a rule may use: action names and group names. */
    public static Set<String> names() {
        Set<String> names = new LinkedHashSet<>(GUARDED);
        names.addAll(INCIDENT);
        names.addAll(GROUPS.keySet());
        return Collections.unmodifiableSet(names);
    }

    public static boolean isKnown(String name) {
        return GUARDED.contains(name) || INCIDENT.contains(name) || GROUPS.containsKey(name);
    }

    /** Reads change nothing: they run once the guard allows them, without a preview or confirmation. */
    public static boolean reads(String action) {
        return K8S_READ.contains(action) || AWS_READ.contains(action);
    }

    public static boolean isIncident(String action) {
        return INCIDENT.contains(action);
    }

    /** Replaces group names by their members; unknown names pass through so callers can report them. */
    public static Set<String> expand(Collection<String> names) {
        Set<String> expanded = new LinkedHashSet<>();
        for (String name : names) {
            expanded.addAll(GROUPS.getOrDefault(name, List.of(name)));
        }
        return Collections.unmodifiableSet(expanded);
    }
}
