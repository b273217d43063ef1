package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.view.TimelineBlocks;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.timeline.TimelineRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The short incident commands: assign, severity, timeline, status. Each is registered as a method reference. */
public final class IncidentStateCommands {
    private final IncidentLookup lookup;
    private final RoleChanges roles;
    private final SeverityChanges severities;
    private final TimelineRepository timeline;
    private final StatusBoard status;
    private final SlackGateway slack;

    public IncidentStateCommands(IncidentLookup lookup, RoleChanges roles, SeverityChanges severities,
                            TimelineRepository timeline, StatusBoard status, SlackGateway slack) {
        this.lookup = lookup;
        this.roles = roles;
        this.severities = severities;
        this.timeline = timeline;
        this.status = status;
        this.slack = slack;
    }

    public Reply assign(Invocation inv, Command.Assign c) {
        return Replies.say(roles.assign(lookup.require(inv, "assign"), c.role(), c.userId(), inv.userId()));
    }

    public Reply severity(Invocation inv, Command.SetSeverity c) {
        return Replies.say(severities.change(lookup.require(inv, "severity"), c.severity(), inv.userId()));
    }

    /** @param here the incident of the channel it was typed in, as the gate found it */
    public Reply status(Invocation inv, Command.Status c, Optional<Incident> here) {
        return status.status(inv, here);
    }

    /** The first page answers the command; further pages follow, in order, as messages only the asker sees. */
    public Reply timeline(Invocation inv, Command.Timeline c) {
        Incident incident = lookup.require(inv, "timeline");
        List<Reply> pages = TimelineBlocks.pages(incident, timeline.list(incident.id()));
        CompletableFuture<Void> rest = CompletableFuture.completedFuture(null);
        for (Reply page : pages.subList(1, pages.size())) {
            rest = rest.thenCompose(v -> slack.postEphemeral(inv.channelId(), inv.userId(), page));
        }
        SlackCalls.tolerant("post timeline pages", incident.channelName(), rest);
        return pages.get(0);
    }
}
