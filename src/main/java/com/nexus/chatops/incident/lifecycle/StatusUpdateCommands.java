package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;

/** The handlers of `/nexus update`, `resolve` and `postmortem`. */
public final class StatusUpdateCommands {
    private final IncidentLookup channels;
    private final StatusUpdates updates;
    private final Resolutions resolutions;
    private final Postmortems postmortems;

    public StatusUpdateCommands(IncidentLookup channels, StatusUpdates updates, Resolutions resolutions,
                         Postmortems postmortems) {
        this.channels = channels;
        this.updates = updates;
        this.resolutions = resolutions;
        this.postmortems = postmortems;
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
}
