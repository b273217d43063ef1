package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Role;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentObserver;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.view.IncidentNotices;
import com.nexus.chatops.incident.view.IncidentTexts;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.slack.SlackIds;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;
import java.util.List;

/** `/nexus assign commander|comms @user` and the card's user selects: record, invite, refresh, timeline. */
public final class RoleChanges {
    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final IncidentObserver observer;
    private final SlackGateway slack;
    private final Clock clock;

    public RoleChanges(IncidentRecords records, SlackGateway slack) {
        this.incidents = records.incidents();
        this.timeline = records.timeline();
        this.observer = records.observer();
        this.clock = records.clock();
        this.slack = slack;
    }

    /** @return what to tell the channel (mrkdwn) */
    public String assign(Incident incident, Role role, String user, String actor) {
        if (incident.resolved()) {
            throw new NexusException(incident.channelName() + " is resolved; its roles can no longer change.");
        }
        String current = role == Role.COMMANDER ? incident.commander() : incident.comms();
        if (user.equals(current)) {
            return IncidentTexts.person(user) + " is already the " + IncidentTexts.role(role) + ".";
        }
        Incident updated = incidents.modify(incident.id(),
                i -> role == Role.COMMANDER ? i.withCommander(user) : i.withComms(user));
        String what = "made " + IncidentTexts.person(user) + " the " + IncidentTexts.role(role);
        timeline.append(new TimelineEntry(updated.id(), clock.instant(), "role", actor, what, null));
        if (updated.channelId() != null && SlackIds.isUser(user)) {
            // a failure is logged by the step; the assignment stands either way
            SlackCalls.done(Wait.DELIVERY, SlackCalls.tolerant("invite " + user, updated.channelName(),
                    slack.invite(updated.channelId(), List.of(user))));
        }
        observer.changed(updated);
        return IncidentTexts.person(actor) + " " + what + " of " + IncidentNotices.channel(updated) + ".";
    }
}
