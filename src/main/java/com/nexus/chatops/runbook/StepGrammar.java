package com.nexus.chatops.runbook;

import static com.nexus.chatops.runbook.ActionShape.Takes.NOTHING;
import static com.nexus.chatops.runbook.ActionShape.Takes.OPTIONAL_SERVICE;
import static com.nexus.chatops.runbook.ActionShape.Takes.SERVICE;
import static com.nexus.chatops.runbook.ActionShape.Value.COUNT;
import static com.nexus.chatops.runbook.ActionShape.Value.FLAG;
import static com.nexus.chatops.runbook.ActionShape.Value.NAME;
import static com.nexus.chatops.runbook.ActionShape.Value.NUMBER;
import static com.nexus.chatops.runbook.ActionShape.Value.PHASE;
import static com.nexus.chatops.runbook.ActionShape.Value.REPLICAS;

import com.nexus.chatops.runbook.ActionShape.Takes;
import com.nexus.chatops.runbook.ActionShape.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every action a runbook step may run, as the slash command it stands for ({@code k8s.logs} is {@code /nexus logs}),
 * so a step's button goes through the same parser, guards and audit as typing it. Actions that need a person's
 * input (assigning a role, declaring, resolving) are not steps: they are written as manual steps.
 */
final class StepGrammar {
    static final Map<String, ActionShape> SHAPES = shapes();

    /** Policy actions that exist but cannot be a button, and why. */
    static final Map<String, String> NOT_STEPS = Map.of(
            "incident.declare", "a runbook is posted in an incident that is already declared",
            "incident.runbook", "a runbook cannot post a runbook",
            "incident.assign", "it needs the person to assign",
            "incident.severity", "choosing the severity is the responder's judgement",
            "incident.resolve", "resolving needs the responder's summary",
            "pagerduty.resolve", "resolving needs the responder's summary");

    private StepGrammar() {}

    private static Map<String, ActionShape> shapes() {
        Map<String, ActionShape> s = new LinkedHashMap<>();
        Optional<Platform> k8s = Optional.of(Platform.KUBERNETES);
        s.put("k8s.pods", shape("pods", SERVICE, k8s, Map.of(), null));
        s.put("k8s.logs", shape("logs", SERVICE, k8s, Map.of("--previous", FLAG, "--tail", NUMBER, "--container", NAME),
                null));
        s.put("k8s.events", shape("events", SERVICE, k8s, Map.of(), null));
        s.put("k8s.history", shape("history", SERVICE, k8s, Map.of(), null));
        s.put("k8s.rollback", shape("rollback", SERVICE, k8s, Map.of("--to-revision", NUMBER, "--dry-run", FLAG),
                null));
        s.put("k8s.restart", shape("restart", SERVICE, k8s, Map.of("--dry-run", FLAG), null));
        s.put("k8s.scale", shape("scale", SERVICE, k8s, Map.of("--dry-run", FLAG), REPLICAS));
        Optional<Platform> ecs = Optional.of(Platform.ECS);
        s.put("ecs.status", shape("ecs status", SERVICE, ecs, Map.of(), null));
        s.put("ecs.redeploy", shape("ecs redeploy", SERVICE, ecs, Map.of(), null));
        s.put("ecs.scale", shape("ecs scale", SERVICE, ecs, Map.of(), COUNT));
        Optional<Platform> rds = Optional.of(Platform.RDS);
        s.put("rds.status", shape("rds status", SERVICE, rds, Map.of(), null));
        s.put("rds.snapshot", shape("rds snapshot", SERVICE, rds, Map.of(), null));
        s.put("cloudwatch.alarms", shape("alarms", OPTIONAL_SERVICE, Optional.empty(), Map.of(), null));
        s.put("pagerduty.ack", shape("ack", NOTHING, Optional.empty(), Map.of(), null));
        s.put("pagerduty.page", shape("page", SERVICE, Optional.empty(), Map.of(), null));
        s.put("incident.status", shape("status", NOTHING, Optional.empty(), Map.of(), null));
        s.put("incident.update", shape("update", NOTHING, Optional.empty(), Map.of(), PHASE));
        s.put("incident.timeline", shape("timeline", NOTHING, Optional.empty(), Map.of(), null));
        s.put("incident.postmortem", shape("postmortem", NOTHING, Optional.empty(), Map.of(), null));
        s.put("incident.oncall", shape("oncall", OPTIONAL_SERVICE, Optional.empty(), Map.of(), null));
        return s;
    }

    private static ActionShape shape(String verb, Takes service, Optional<Platform> platform,
                                     Map<String, Value> options, Value positional) {
        return new ActionShape(verb, service, platform, options, Optional.ofNullable(positional));
    }
}
