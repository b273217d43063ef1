package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.NexusException;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentObserver;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.PagerDutyMirror;
import com.nexus.chatops.incident.TimelineEntry;
import com.nexus.chatops.incident.TimelineRepository;
import com.nexus.chatops.reply.Replies;
import com.nexus.chatops.reply.Reply;
import com.nexus.chatops.reply.SlackDates;
import com.nexus.chatops.reply.SlackGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What Slack users do that PagerDuty must learn: acknowledge (card button, `/nexus ack`), resolve and status
 * updates (as the {@link PagerDutyMirror}). The Slack side is recorded first and never undone; the write is stored
 * before it is sent (so its echo webhook is recognised and an outage loses nothing) and the user is told how
 * PagerDuty's half went.
 */
public final class PagerDutyActions implements PagerDutyMirror {
    /** While the caller sends it, the retry loop keeps its hands off the write. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final IncidentObserver observer;
    private final SlackGateway slack;
    private final PdWrites writes;
    private final Optional<WriteRunner> runner;
    private final Optional<FromEmails> from;
    private final Clock clock;

    PagerDutyActions(IncidentRepository incidents, TimelineRepository timeline, IncidentObserver observer,
                     SlackGateway slack, PdWrites writes, Optional<WriteRunner> runner, Optional<FromEmails> from,
                     Clock clock) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.observer = observer;
        this.slack = slack;
        this.writes = writes;
        this.runner = runner;
        this.from = from;
        this.clock = clock;
    }

    /** The card's Acknowledge button carries the incident id. */
    public Reply acknowledge(String incidentId, String user) {
        long id;
        try {
            id = Long.parseLong(incidentId == null ? "" : incidentId.strip());
        } catch (NumberFormatException e) {
            throw new NexusException("This button belongs to no incident nexus knows.");
        }
        return acknowledge(incidents.findById(id)
                .orElseThrow(() -> new NexusException("This button belongs to no incident nexus knows.")), user);
    }

    public Reply acknowledge(Incident incident, String user) {
        if (incident.resolved()) {
            throw new NexusException("This incident is already resolved; there is nothing to acknowledge.");
        }
        Instant now = clock.instant();
        AtomicBoolean first = new AtomicBoolean();
        Incident acked = incidents.modify(incident.id(), i -> {
            first.set(i.acknowledgedAt() == null);
            return i.withAcknowledged(now);
        });
        if (!first.get()) {
            return Replies.notice(":information_source: Already acknowledged " + SlackDates.at(acked.acknowledgedAt())
                    + ".");
        }
        String pdId = acked.pagerdutyIncidentId();
        Optional<PdWrite> write = Optional.empty();
        String fromNote = null;
        String problem = null;
        if (pdId != null && runner.isPresent()) {
            try {
                FromEmails.From who = from.orElseThrow().of(user);
                fromNote = who.note();
                write = Optional.of(writes.record(acked.id(), pdId, PdWrite.Kind.ACKNOWLEDGE, who.email(), null, user,
                        LEASE));
            } catch (NexusException e) {
                problem = e.getMessage();
            }
        }
        String ref = pdId == null ? "" : " (PagerDuty " + pdId + ")";
        timeline.append(new TimelineEntry(acked.id(), now, "acknowledged", user, "acknowledged the incident" + ref,
                null));
        observer.changed(acked);
        slack.post(acked.channelId(), Say.inChannel(":eyes: <@" + user + "> acknowledged the incident" + ref + "."));
        StringBuilder reply = new StringBuilder(":white_check_mark: Acknowledged");
        if (pdId == null) {
            reply.append(" here. No PagerDuty incident is linked to this channel.");
        } else if (runner.isEmpty()) {
            reply.append(" here only: PagerDuty is not connected (PAGERDUTY_API_TOKEN is not set).");
        } else if (problem != null) {
            reply.append(" here, but PagerDuty was not told: ").append(problem);
        } else {
            reply.append(outcome(write.orElseThrow(), acked, "acknowledged"));
        }
        if (fromNote != null) {
            reply.append('\n').append(fromNote);
        }
        return Replies.notice(reply.toString());
    }

    @Override
    public Optional<String> resolved(Incident incident, String summary, String actor) {
        return mirror(incident, PdWrite.Kind.RESOLVE, summary == null || summary.isBlank() ? null : summary, actor,
                "resolved");
    }

    @Override
    public Optional<String> updated(Incident incident, String text, String actor) {
        return mirror(incident, PdWrite.Kind.NOTE, text, actor, "noted");
    }

    private Optional<String> mirror(Incident incident, PdWrite.Kind kind, String content, String actor, String done) {
        if (incident.pagerdutyIncidentId() == null || runner.isEmpty()) {
            return Optional.empty();
        }
        try {
            FromEmails.From who = from.orElseThrow().of(actor);
            PdWrite w = writes.record(incident.id(), incident.pagerdutyIncidentId(), kind, who.email(), content,
                    actor, LEASE);
            String line = outcome(w, incident, done).strip();
            return Optional.of(who.note() == null ? line : line + "\n" + who.note());
        } catch (NexusException e) {
            return Optional.of(":warning: PagerDuty was not told: " + e.getMessage());
        }
    }

    /** Sends now; the line says whether PagerDuty has it, will have it (retrying), or refused it. */
    private String outcome(PdWrite w, Incident incident, String done) {
        WriteRunner.Outcome outcome = runner.orElseThrow().attempt(w);
        String pd = "PagerDuty incident " + w.pdIncidentId();
        if (outcome instanceof WriteRunner.Outcome.Done) {
            return w.kind() == PdWrite.Kind.ACKNOWLEDGE ? " here and in PagerDuty (as " + w.from() + ")."
                    : ":white_check_mark: " + pd + " " + done + " too.";
        }
        if (outcome instanceof WriteRunner.Outcome.Retrying retrying) {
            String problem = retrying.problem().replace("; try again in a minute.", ".");
            timeline.append(new TimelineEntry(incident.id(), clock.instant(), "pagerduty", null,
                    "PagerDuty did not take the " + w.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + " yet (" + problem + "); retrying", "pd-write-retry:" + w.id()));
            return (w.kind() == PdWrite.Kind.ACKNOWLEDGE ? " here, but " : ":warning: ")
                    + "PagerDuty's half failed: " + problem
                    + " nexus keeps retrying in the background and says so in this channel when it goes through.";
        }
        String problem = ((WriteRunner.Outcome.Failed) outcome).problem();
        timeline.append(new TimelineEntry(incident.id(), clock.instant(), "pagerduty", null,
                "PagerDuty refused to " + w.kind().verb + " " + w.pdIncidentId() + ": " + problem,
                "pd-write-failed:" + w.id()));
        return (w.kind() == PdWrite.Kind.ACKNOWLEDGE ? " here, but " : ":x: ") + "PagerDuty's half failed: "
                + problem + " Do it in PagerDuty by hand.";
    }
}
