package com.nexus.chatops;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.command.Capabilities;
import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Phase;
import com.nexus.chatops.command.view.CommandReplies;
import com.nexus.chatops.guard.view.ActionReplies;
import com.nexus.chatops.incident.lifecycle.DeclareCommand;
import com.nexus.chatops.incident.lifecycle.IncidentStateCommands;
import com.nexus.chatops.incident.lifecycle.StatsCommand;
import com.nexus.chatops.incident.lifecycle.StatusUpdateCommands;
import com.nexus.chatops.incident.pagerduty.OnCallCommand;
import com.nexus.chatops.incident.pagerduty.PagerDutyCommands;
import com.nexus.chatops.incident.runbook.RunbookCommands;
import com.nexus.chatops.ingress.Handlers;
import java.util.Optional;

/**
 * Every command and what runs it, in one list, as SlackApp lists every Slack listener. The infrastructure
 * commands (Kubernetes and AWS) become typed action requests here and all go through the guard; the incident
 * commands pass the incident policy's gate.
 */
final class CommandRoutes {

    /** The handlers the routes hand commands to. */
    record Targets(IncidentStateCommands incident, DeclareCommand declare, StatusUpdateCommands comms,
                   StatsCommand stats, PagerDutyCommands pagerDuty, OnCallCommand onCall, RunbookCommands runbooks,
                   ActionReplies actions, IncidentGate gate, Capabilities capabilities) {
    }

    private CommandRoutes() {
    }

    static Handlers of(Targets t) {
        ActionReplies actions = t.actions();
        IncidentGate gate = t.gate();
        return new Handlers()
                .register(Command.Help.class, (inv, c) -> CommandReplies.help(c.topic(), t.capabilities()))
                .register(Command.Declare.class, gate.of("incident.declare", t.declare()::declare))
                .register(Command.Status.class, gate.withIncident("incident.status", t.incident()::status))
                .register(Command.Update.class, gate.of(c -> c.phase() == Phase.RESOLVED ? "incident.resolve"
                        : "incident.update", t.comms()::update))
                .register(Command.SetSeverity.class, gate.of("incident.severity", t.incident()::severity))
                .register(Command.Assign.class, gate.of("incident.assign", t.incident()::assign))
                .register(Command.Ack.class, t.pagerDuty()::ack)
                .register(Command.Resolve.class, gate.of("incident.resolve", t.comms()::resolve))
                .register(Command.Timeline.class, gate.of("incident.timeline", t.incident()::timeline))
                .register(Command.Postmortem.class, gate.of("incident.postmortem", t.comms()::postmortem))
                .register(Command.Oncall.class, gate.of("incident.oncall", t.onCall()::oncall))
                .register(Command.Page.class, t.pagerDuty()::page)
                .register(Command.Stats.class, t.stats()::stats)
                .register(Command.Runbook.class, t.runbooks()::runbook)
                .register(Command.Pods.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.Pods(c.service()), false))
                .register(Command.History.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.History(c.service()), false))
                .register(Command.Events.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.Events(c.service()), false))
                .register(Command.Logs.class, (inv, c) -> actions.request(inv,
                        new ActionRequest.Logs(c.service(), c.previous(), c.tail(), c.container()), false))
                .register(Command.Rollback.class, (inv, c) -> actions.request(inv,
                        new ActionRequest.Rollback(c.service(), c.toRevision(), Optional.empty()), c.dryRun()))
                .register(Command.Restart.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.Restart(c.service()), c.dryRun()))
                .register(Command.Scale.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.Scale(c.service(), c.replicas()), c.dryRun()))
                .register(Command.EcsStatus.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.EcsStatus(c.service()), false))
                .register(Command.EcsRedeploy.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.EcsRedeploy(c.service()), c.dryRun()))
                .register(Command.EcsScale.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.EcsScale(c.service(), c.count()), c.dryRun()))
                .register(Command.RdsStatus.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.RdsStatus(c.service()), false))
                .register(Command.RdsSnapshot.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.RdsSnapshot(c.service()), c.dryRun()))
                .register(Command.Alarms.class, (inv, c) ->
                        actions.request(inv, new ActionRequest.Alarms(c.service()), false));
    }
}
