package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.config.Channels;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.ReminderClaims;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Archives an incident channel {@code channels.archiveAfterHours} after the incident was resolved (off when 0).
 * The archive is claimed in the store like a reminder, so with several replicas exactly one archives it, and a
 * failed attempt is tried again once its lease ends. A week of grace covers downtime; older ones are left alone.
 */
public final class ChannelArchiver {
    static final String KIND = "archive";
    private static final Duration LOOK_BACK = Duration.ofDays(7);

    private final Channels channels;
    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final ReminderClaims claims;
    private final SlackGateway slack;
    private final Clock clock;

    public ChannelArchiver(Channels channels, IncidentRecords records, ReminderClaims claims, SlackGateway slack) {
        this.channels = channels;
        this.incidents = records.incidents();
        this.timeline = records.timeline();
        this.clock = records.clock();
        this.claims = claims;
        this.slack = slack;
    }

    /** Archives every channel whose time has come; returns how many this instance archived. */
    public int tick(Instant now, String owner) {
        if (!channels.archives()) {
            return 0;
        }
        Duration delay = Duration.ofHours(channels.archiveAfterHours());
        int archived = 0;
        for (Incident incident : incidents.resolvedBetween(now.minus(delay).minus(LOOK_BACK), now.minus(delay))) {
            Instant due = incident.resolvedAt().plus(delay);
            if (incident.channelId() != null
                    && claims.claim(incident.id(), KIND, due, owner, now, now.plus(ReminderLoop.LEASE))
                    && archive(incident, due, owner)) {
                archived++;
            }
        }
        return archived;
    }

    private boolean archive(Incident incident, Instant due, String owner) {
        Optional<String> problem = SlackCalls.problem(slack.archive(incident.channelId()),
                "archive " + incident.channelName());
        if (problem.isPresent()) {
            return false;
        }
        claims.fired(incident.id(), KIND, due, owner, clock.instant());
        timeline.append(new TimelineEntry(incident.id(), clock.instant(), "archived", null,
                "Channel archived " + channels.archiveAfterHours() + " h after the incident was resolved.",
                "archive:" + incident.id()));
        return true;
    }
}
