package com.nexus.chatops.action;

import com.nexus.chatops.action.ActionRequest.DesiredCountPin;
import com.nexus.chatops.action.ActionRequest.RevisionPin;
import com.nexus.chatops.action.ActionRequest.SnapshotPin;
import com.nexus.chatops.action.ActionRequest.TaskDefinitionPin;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a stored request back: the action name, its target and the parameters {@link ActionRequest#params()}
 * wrote. Keys it does not know (the guard's own, such as a cooldown override) are left to their owner.
 */
public final class ActionRequests {
    private ActionRequests() {
    }

    public static ActionRequest read(String action, String service, Map<String, String> params) {
        return switch (action) {
            case "k8s.pods" -> new ActionRequest.Pods(service);
            case "k8s.events" -> new ActionRequest.Events(service);
            case "k8s.history" -> new ActionRequest.History(service);
            case "k8s.logs" -> new ActionRequest.Logs(service, params.containsKey("previous"),
                    number(params, "tail").orElse(100), Optional.ofNullable(params.get("container")));
            case "k8s.rollback" -> new ActionRequest.Rollback(service, number(params, "toRevision"),
                    number(params, "pin.fromRevision").flatMap(from -> number(params, "pin.toRevision")
                            .map(to -> new RevisionPin(from, to))));
            case "k8s.restart" -> new ActionRequest.Restart(service);
            case "k8s.scale" -> new ActionRequest.Scale(service, number(params, "replicas").orElseThrow());
            case "ecs.status" -> new ActionRequest.EcsStatus(service);
            case "ecs.redeploy" -> new ActionRequest.EcsRedeploy(service,
                    Optional.ofNullable(params.get("pin.taskDefinition")).map(TaskDefinitionPin::new));
            case "ecs.scale" -> new ActionRequest.EcsScale(service, number(params, "count").orElseThrow(),
                    number(params, "pin.fromCount").map(DesiredCountPin::new));
            case "rds.status" -> new ActionRequest.RdsStatus(service);
            case "rds.snapshot" -> new ActionRequest.RdsSnapshot(service,
                    Optional.ofNullable(params.get("pin.snapshotId")).map(SnapshotPin::new));
            case "cloudwatch.alarms" -> new ActionRequest.Alarms(Optional.ofNullable(service));
            case "pagerduty.ack" ->
                    new ActionRequest.PagerDutyAck(Optional.ofNullable(params.get("pagerdutyIncident")));
            case "pagerduty.resolve" ->
                    new ActionRequest.PagerDutyResolve(Optional.ofNullable(params.get("pagerdutyIncident")));
            case "pagerduty.page" -> new ActionRequest.PagerDutyPage(service);
            default -> throw new IllegalArgumentException("no action is called " + action);
        };
    }

    private static Optional<Integer> number(Map<String, String> params, String key) {
        return Optional.ofNullable(params.get(key)).map(Integer::parseInt);
    }
}
