package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.view.HomeTab;
import com.nexus.chatops.incident.view.IncidentCard;
import com.nexus.chatops.incident.view.IncidentLists;
import com.nexus.chatops.slack.Reply;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Optional;

/** `/nexus status` (the card in an incident channel, the open list elsewhere) and the App Home tab. */
public final class StatusBoard {
    private final NexusConfig config;
    private final IncidentRepository incidents;

    public StatusBoard(NexusConfig config, IncidentRepository incidents) {
        this.config = config;
        this.incidents = incidents;
    }

    /**
     * @param here the incident of the channel the command was typed in (the caller has looked it up); in the
     *     console, which has no channel, the open list is shown whatever it holds
     */
    public Reply status(Invocation inv, Optional<Incident> here) {
        return (inv.channelId() == null ? Optional.<Incident>empty() : here)
                .map(i -> {
                    Reply card = IncidentCard.render(i, config);
                    return Reply.ephemeral(card.text(), card.blocks());
                })
                .orElseGet(() -> IncidentLists.open(incidents.open()));
    }

    public View home(String userId) {
        List<Incident> open = incidents.open();
        List<Incident> mine = open.stream()
                .filter(i -> userId.equals(i.commander()) || userId.equals(i.comms())).toList();
        return HomeTab.view(open, mine);
    }
}
