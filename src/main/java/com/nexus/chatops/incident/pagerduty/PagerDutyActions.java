package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.guard.IncidentRef;
import com.nexus.chatops.guard.Permission;
import com.nexus.chatops.guard.Permissions;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentObserver;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.PagerDutyMirror;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackDates;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What Slack users do that PagerDuty must learn: acknowledge (card button, `/nexus ack`), resolve and status
 * updates (as the {@link PagerDutyMirror}). The Slack side is recorded first and never undone; the write is stored
 * before it is sent (so its echo webhook is recognised and an outage loses nothing) and the user is told how
 * PagerDuty's half went. Acknowledging is the policy action {@code pagerduty.ack} as a whole; of a resolution only
 * PagerDuty's half ({@code pagerduty.resolve}) is guarded, the Slack resolve stays open to everyone.
 */
public final class PagerDutyActions implements PagerDutyMirror {
    /** While the caller sends it, the retry loop keeps its hands off the write. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** Joined PagerDuty incidents named in a resolution's reply; the rest are counted. */
    private static final int NAMED = 10;

    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final IncidentObserver observer;
    private final SlackGateway slack;
    private final PagerDutyWriteRepository writes;
    private final Optional<WriteRunner> runner;
    private final Optional<FromEmails> from;
    private final Permissions permissions;
    private final PagerDutyLinkRepository links;
    private final Clock clock;

    public PagerDutyActions(IncidentRecords records, SlackGateway slack, PagerDutyOutbox outbox,
                            Permissions permissions, PagerDutyLinkRepository links) {
        this.incidents = records.incidents();
        this.timeline = records.timeline();
        this.observer = records.observer();
        this.clock = records.clock();
        this.slack = slack;
        this.writes = outbox.writes();
        this.runner = outbox.runner();
        this.from = outbox.from();
        this.permissions = permissions;
        this.links = links;
    }

    /** The card's Acknowledge button carries the incident id; {@code channelId} is where it was clicked. */
    public Reply acknowledge(String incidentId, String user, String channelId, String channelName) {
        long id;
        try {
            id = Long.parseLong(incidentId == null ? "" : incidentId.strip());
        } catch (NumberFormatException e) {
            throw new NexusException("This button belongs to no incident nexus knows.");
        }
        return acknowledge(incidents.findById(id)
                .orElseThrow(() -> new NexusException("This button belongs to no incident nexus knows.")), user,
                channelId, channelName);
    }

    /** Where unknown (the console), the incident's own channel is the place the policy looks at. */
    public Reply acknowledge(Incident incident, String user, String channelId, String channelName) {
        if (incident.resolved()) {
            throw new NexusException("This incident is already resolved; there is nothing to acknowledge.");
        }
        Permission permission = check(new ActionRequest.PagerDutyAck(Optional.ofNullable(
                incident.pagerdutyIncidentId())), incident, user, channelId, channelName);
        if (!permission.allowed()) {
            return Replies.notice(":no_entry: Denied: " + permission.denial() + ". The incident was not acknowledged.");
        }
        Audited audited = new Audited();
        try {
            Reply reply = acknowledge(incident, user, audited);
            permission.done(audited.outcome, audited.error);
            return reply;
        } catch (RuntimeException e) {
            permission.done("failed", e.getMessage());
            throw e;
        }
    }

    private Reply acknowledge(Incident incident, String user, Audited audited) {
        Instant now = clock.instant();
        AtomicBoolean first = new AtomicBoolean();
        Incident acked = incidents.modify(incident.id(), i -> {
            first.set(i.acknowledgedAt() == null);
            return i.withAcknowledged(now);
        });
        if (!first.get()) {
            audited.set("already acknowledged", null);
            return Replies.notice(":information_source: Already acknowledged " + SlackDates.at(acked.acknowledgedAt())
                    + ".");
        }
        String pdId = acked.pagerdutyIncidentId();
        Optional<PagerDutyWrite> write = Optional.empty();
        String fromNote = null;
        String problem = null;
        if (pdId != null && runner.isPresent()) {
            try {
                FromEmails.From who = from.orElseThrow().of(user);
                fromNote = who.note();
                write = Optional.of(writes.record(acked.id(), pdId, PagerDutyWrite.Kind.ACKNOWLEDGE, who.email(), null, user,
                        LEASE));
            } catch (NexusException e) {
                problem = e.getMessage();
            }
        }
        String ref = pdId == null ? "" : " (PagerDuty " + pdId + ")";
        timeline.append(new TimelineEntry(acked.id(), now, "acknowledged", user, "acknowledged the incident" + ref,
                null));
        observer.changed(acked);
        slack.post(acked.channelId(), Replies.say(":eyes: <@" + user + "> acknowledged the incident" + ref + "."));
        StringBuilder reply = new StringBuilder(":white_check_mark: Acknowledged");
        if (pdId == null) {
            audited.set("Slack only: no PagerDuty incident is linked", null);
            reply.append(" here. No PagerDuty incident is linked to this channel.");
        } else if (runner.isEmpty()) {
            audited.set("Slack only: PagerDuty is not connected", null);
            reply.append(" here only: PagerDuty is not connected (PAGERDUTY_API_TOKEN is not set).");
        } else if (problem != null) {
            audited.set("Slack only: PagerDuty was not told", problem);
            reply.append(" here, but PagerDuty was not told: ").append(problem);
        } else {
            reply.append(outcome(write.orElseThrow(), acked, "acknowledged", audited));
        }
        if (fromNote != null) {
            reply.append('\n').append(fromNote);
        }
        return Replies.notice(reply.toString());
    }

    /**
     * Resolving PagerDuty's half is {@code pagerduty.resolve}, checked in the incident's channel; denied, the
     * responder hears why. Other PagerDuty incidents that joined this one (an alert storm) are named, not resolved.
     */
    @Override
    public Optional<String> resolved(Incident incident, String summary, String actor) {
        String pdId = incident.pagerdutyIncidentId();
        if (pdId == null) {
            return Optional.empty();
        }
        Optional<String> line = Optional.empty();
        if (runner.isPresent()) {
            Permission permission = check(new ActionRequest.PagerDutyResolve(Optional.of(pdId)), incident, actor,
                    incident.channelId(), incident.channelName());
            if (permission.allowed()) {
                Audited audited = new Audited();
                line = mirror(incident, PagerDutyWrite.Kind.RESOLVE, summary == null || summary.isBlank() ? null : summary,
                        actor, "resolved", audited);
                permission.done(audited.outcome, audited.error);
            } else {
                line = Optional.of(":no_entry: PagerDuty incident " + pdId + " was not resolved: "
                        + permission.denial() + ". Resolve it in PagerDuty.");
            }
        }
        Optional<String> joined = joined(incident);
        if (joined.isEmpty()) {
            return line;
        }
        return Optional.of(line.map(l -> l + "\n").orElse("") + joined.get());
    }

    /**
     * A storm's alerts are joined by service and time alone, so some may still be firing for their own reasons:
     * they are listed for the responder to close in PagerDuty rather than resolved under their name.
     */
    private Optional<String> joined(Incident incident) {
        List<String> others = links.others(incident.id(), incident.pagerdutyIncidentId());
        if (others.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", others.stream().limit(NAMED).toList())
                + (others.size() > NAMED ? " and " + (others.size() - NAMED) + " more" : "");
        String count = others.size() == 1 ? "1 more PagerDuty incident" : others.size() + " more PagerDuty incidents";
        return Optional.of(":information_source: " + count + " joined this one: " + named + ". nexus resolves only "
                + incident.pagerdutyIncidentId() + "; resolve " + (others.size() == 1 ? "that one" : "them")
                + " in PagerDuty if still open.");
    }

    @Override
    public Optional<String> updated(Incident incident, String text, String actor) {
        if (incident.pagerdutyIncidentId() == null || runner.isEmpty()) {
            return Optional.empty();
        }
        return mirror(incident, PagerDutyWrite.Kind.NOTE, text, actor, "noted", new Audited());
    }

    private Optional<String> mirror(Incident incident, PagerDutyWrite.Kind kind, String content, String actor, String done,
                                    Audited audited) {
        try {
            FromEmails.From who = from.orElseThrow().of(actor);
            PagerDutyWrite w = writes.record(incident.id(), incident.pagerdutyIncidentId(), kind, who.email(), content,
                    actor, LEASE);
            String line = outcome(w, incident, done, audited).strip();
            return Optional.of(who.note() == null ? line : line + "\n" + who.note());
        } catch (NexusException e) {
            audited.set("PagerDuty was not told", e.getMessage());
            return Optional.of(":warning: PagerDuty was not told: " + e.getMessage());
        }
    }

    private Permission check(ActionRequest request, Incident incident, String user, String channelId,
                             String channelName) {
        boolean known = channelId != null;
        return permissions.check(user, known ? channelId : incident.channelId(),
                known ? channelName : incident.channelName(),
                Optional.of(new IncidentRef(incident.id(), incident.severity())), request);
    }

    /** What the audit record of an allowed action says came of it. */
    private static final class Audited {
        private String outcome = "done";
        private String error;

        void set(String outcome, String error) {
            this.outcome = outcome;
            this.error = error;
        }
    }

    /** Sends now; the line says whether PagerDuty has it, will have it (retrying), or refused it. */
    private String outcome(PagerDutyWrite w, Incident incident, String done, Audited audited) {
        WriteRunner.Outcome outcome = runner.orElseThrow().attempt(w);
        String pd = "PagerDuty incident " + w.pdIncidentId();
        if (outcome instanceof WriteRunner.Outcome.Done) {
            audited.set("done", null);
            return w.kind() == PagerDutyWrite.Kind.ACKNOWLEDGE ? " here and in PagerDuty (as " + w.from() + ")."
                    : ":white_check_mark: " + pd + " " + done + " too.";
        }
        if (outcome instanceof WriteRunner.Outcome.Retrying retrying) {
            String problem = retrying.problem().replace("; try again in a minute.", ".");
            audited.set("retrying", problem);
            timeline.append(new TimelineEntry(incident.id(), clock.instant(), "pagerduty", null,
                    "PagerDuty did not take the " + w.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + " yet (" + problem + "); retrying", "pd-write-retry:" + w.id()));
            return (w.kind() == PagerDutyWrite.Kind.ACKNOWLEDGE ? " here, but " : ":warning: ")
                    + "PagerDuty's half failed: " + problem
                    + " nexus keeps retrying in the background and says so in this channel when it goes through.";
        }
        String problem = ((WriteRunner.Outcome.Failed) outcome).problem();
        audited.set("failed", problem);
        timeline.append(new TimelineEntry(incident.id(), clock.instant(), "pagerduty", null,
                "PagerDuty refused to " + w.kind().verb + " " + w.pdIncidentId() + ": " + problem,
                "pd-write-failed:" + w.id()));
        return (w.kind() == PagerDutyWrite.Kind.ACKNOWLEDGE ? " here, but " : ":x: ") + "PagerDuty's half failed: "
                + problem + " Do it in PagerDuty by hand.";
    }
}
