package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.view.IncidentNotices;
import java.util.List;
import java.util.Optional;

/**
 * Which incident a command is about: the one whose channel it was typed in. The console has no channels, so
 * there it means the most recently declared open incident.
 */
public final class IncidentLookup {
    private static final int LISTED = 10;
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

    /**
     * @param verb the command, for the message when there is no incident here
     * @throws NexusException naming the open incident channels, so the responder can go to the right one
     */
    public Incident require(Invocation inv, String verb) {
        return find(inv).orElseThrow(() -> inv.fromConsole()
                ? new NexusException("There is no open incident for `/nexus " + verb + "`; declare one with"
                        + " `/nexus declare sev2 &lt;title&gt;`.")
                : notAnIncidentChannel(verb));
    }

    private NexusException notAnIncidentChannel(String verb) {
        List<Incident> open = incidents.open().stream().filter(i -> i.channelId() != null).toList();
        String head = "`/nexus " + verb + "` works in an incident channel, and this is not one.";
        if (open.isEmpty()) {
            return new NexusException(head + " There is no open incident; `/nexus declare` opens one.");
        }
        List<String> links = open.stream().limit(LISTED).map(IncidentNotices::channel).toList();
        String more = open.size() > LISTED ? " and " + (open.size() - LISTED) + " more" : "";
        return new NexusException(head + " Open incidents: " + String.join(", ", links) + more
                + ". `/nexus status` lists them all.");
    }
}
