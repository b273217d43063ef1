package com.nexus.chatops.incident;

import com.nexus.chatops.NexusException;
import com.nexus.chatops.command.Invocation;
import java.util.List;
import java.util.Optional;

/**
 * Which incident a command is about: the one whose channel it was typed in. The console has no channels, so
 * there it means the most recently declared open incident.
 */
public final class IncidentLookup {
    private final IncidentRepository incidents;

    public IncidentLookup(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    public Optional<Incident> find(Invocation inv) {
        Optional<Incident> here = inv.channelId() == null ? Optional.empty() : incidents.findByChannelId(inv.channelId());
        if (here.isPresent() || !inv.fromConsole()) {
            return here;
        }
        List<Incident> open = incidents.open();
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
    }

    /** @param verb the command, for the message when there is no incident here */
    public Incident require(Invocation inv, String verb) {
        return find(inv).orElseThrow(() -> new NexusException(inv.fromConsole()
                ? "There is no open incident for `/nexus " + verb + "`; declare one with `/nexus declare sev2 <title>`."
                : "`/nexus " + verb + "` works inside an incident channel, and this channel has no incident."
                        + " `/nexus status` lists the open ones."));
    }
}
