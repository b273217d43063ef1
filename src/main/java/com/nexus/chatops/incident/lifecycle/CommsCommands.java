package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.incident.view.StatsReply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import com.nexus.chatops.incident.IncidentStats;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;

/** The handlers of `/nexus update`, `resolve`, `postmortem` and `stats`. */
public final class CommsCommands {
    private final NexusConfig config;
    private final IncidentRepository incidents;
    private final IncidentLookup channels;
    private final StatusUpdates updates;
    private final Resolutions resolutions;
    private final Postmortems postmortems;
    private final Clock clock;

    public CommsCommands(NexusConfig config, IncidentRepository incidents, StatusUpdates updates,
                         Resolutions resolutions, Postmortems postmortems, Clock clock) {
        this.config = config;
        this.incidents = incidents;
        this.channels = new IncidentLookup(incidents);
        this.updates = updates;
        this.resolutions = resolutions;
        this.postmortems = postmortems;
        this.clock = clock;
    }

    public Reply update(Invocation inv, Command.Update command) {
        Incident incident = channels.require(inv, "update");
        return updates.post(incident, command.phase(), command.message(), inv.userId());
    }

    public Reply resolve(Invocation inv, Command.Resolve command) {
        Incident incident = channels.require(inv, "resolve");
        return resolutions.resolve(incident, command.summary(), inv.userId());
    }

    public Reply postmortem(Invocation inv, Command.Postmortem command) {
        Incident incident = channels.require(inv, "postmortem");
        return postmortems.publish(incident)
                .map(problem -> Replies.notice(":warning: The post-mortem draft was not shared: nexus " + problem
                        + ". Try `/nexus postmortem` again in a moment."))
                .orElseGet(() -> Replies.notice(":white_check_mark: Post-mortem draft regenerated from "
                        + "the timeline and uploaded to this channel."));
    }

    public Reply stats(Invocation inv, Command.Stats command) {
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(command.days()));
        List<Incident> declared = incidents.declaredBetween(from, to);
        return StatsReply.of(command.days(), from, IncidentStats.compute(config.severities().keySet(), declared),
                IncidentStats.total(declared));
    }
}
