package com.nexus.chatops.incident;

import com.nexus.chatops.NexusException;
import java.util.List;

/** The incident a command is about: the one whose channel it was typed in. */
public final class ChannelIncidents {
    private static final int LISTED = 10;
    private final IncidentRepository incidents;

    public ChannelIncidents(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    /**
     * @param verb the command, for the message ("update")
     * @throws NexusException naming the open incident channels when this is not one of them
     */
    public Incident require(String channelId, String verb) {
        return incidents.findByChannelId(channelId).orElseThrow(() -> notAnIncidentChannel(verb));
    }

    private NexusException notAnIncidentChannel(String verb) {
        List<Incident> open = incidents.open().stream().filter(i -> i.channelId() != null).toList();
        String head = "`/nexus " + verb + "` works in an incident channel, and this is not one.";
        if (open.isEmpty()) {
            return new NexusException(head + " There is no open incident; `/nexus declare` opens one.");
        }
        StringBuilder text = new StringBuilder(head).append(" Open incidents: ");
        List<String> links = open.stream().limit(LISTED).map(i -> "<#" + i.channelId() + "|" + i.channelName() + ">")
                .toList();
        text.append(String.join(", ", links));
        if (open.size() > LISTED) {
            text.append(" and ").append(open.size() - LISTED).append(" more");
        }
        return new NexusException(text.append(". `/nexus status` lists them all.").toString());
    }
}
