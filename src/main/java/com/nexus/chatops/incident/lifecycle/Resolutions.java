package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.core.Texts;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.PagerDutyMirror;
import com.nexus.chatops.incident.UpdateTemplates;
import com.nexus.chatops.incident.view.CommsMessages;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackDates;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.timeline.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * `/nexus resolve [summary]` and the card's Resolve: the incident is marked resolved once (a second click finds
 * it resolved), the [Resolved] template goes to both channels and the status page, the card freezes, and the
 * response times — computed from the stored timestamps — are shown. Then the post-mortem draft follows.
 */
public final class Resolutions {
    static final String KIND = TimelineEntry.RESOLVED;
    private final NexusConfig config;
    private final IncidentRecords records;
    private final SlackGateway slack;
    private final Mirrors mirrors;
    private final Postmortems postmortems;

    public Resolutions(NexusConfig config, IncidentRecords records, SlackGateway slack, Mirrors mirrors,
                       Postmortems postmortems) {
        this.config = config;
        this.records = records;
        this.slack = slack;
        this.mirrors = mirrors;
        this.postmortems = postmortems;
    }

    public Reply resolve(Incident incident, String summary, String actor) {
        return resolve(incident, summary, actor, mirrors.pagerDuty());
    }

    /** PagerDuty resolved it: the same flow, without telling PagerDuty what it just told us. */
    public Reply resolveFromPagerDuty(Incident incident, String summary, String actor) {
        return resolve(incident, summary, actor, PagerDutyMirror.NONE);
    }

    private Reply resolve(Incident incident, String summary, String actor, PagerDutyMirror mirror) {
        requireChannel(incident);
        Instant now = records.clock().instant();
        AtomicBoolean first = new AtomicBoolean();
        Incident resolved = records.incidents().modify(incident.id(), i -> {
            first.set(!i.resolved());
            return i.resolved() ? i : i.withStatus(Phase.RESOLVED, now);
        });
        if (!first.get()) {
            return Replies.notice(":information_source: This incident was already resolved "
                    + SlackDates.at(resolved.resolvedAt()) + ". " + CommsMessages.times(
                    resolved.timeToAcknowledge(), resolved.timeToResolve())
                    + "\n`/nexus postmortem` regenerates the post-mortem draft.");
        }
        String summaryText = summary == null ? "" : Texts.withoutBidi(summary).strip();
        String text = UpdateTemplates.render(Phase.RESOLVED, resolved, null, null);
        records.timeline().append(new TimelineEntry(resolved.id(), now, KIND, actor,
                Mrkdwn.escapeWritten(summaryText.isEmpty() ? text : text + " Summary: " + summaryText),
                KIND));

        String tag = UpdateTemplates.tag(Phase.RESOLVED);
        String body = UpdateTemplates.body(Phase.RESOLVED, resolved);
        CompletableFuture<String> inChannel = slack.post(resolved.channelId(), CommsMessages.resolved(tag, body,
                summaryText, resolved.timeToAcknowledge(), resolved.timeToResolve(), actor));
        CompletableFuture<String> broadcast = slack.post(config.channels().stakeholders(),
                CommsMessages.broadcast(tag, body, resolved.title(), StatusUpdates.severityLabel(resolved),
                        resolved.channelId()));
        Optional<String> statuspageProblem = mirrors.statuspage().publish(resolved.id(),
                Mrkdwn.plainWritten(resolved.title()), Phase.RESOLVED.word(),
                Mrkdwn.plainWritten(summaryText.isEmpty() ? text : text + "\n\n" + summaryText));
        records.observer().changed(resolved);
        Optional<String> pagerDutyLine = mirror.resolved(resolved, Mrkdwn.plainWritten(summaryText), actor);

        List<String> problems = new ArrayList<>();
        SlackCalls.problem(inChannel, "post the resolution in this channel").ifPresent(problems::add);
        SlackCalls.problem(broadcast, "broadcast it to " + config.channels().stakeholders()).ifPresent(problems::add);
        postmortems.publish(resolved).ifPresent(problems::add);
        Reply reply = outcome(resolved, problems, statuspageProblem);
        return pagerDutyLine.map(line -> Replies.notice(reply.text() + "\n" + line)).orElse(reply);
    }

    static void requireChannel(Incident incident) {
        if (incident.channelId() == null) {
            throw new NexusException("The channel of " + incident.channelName() + " is still being created;"
                    + " try again in a moment.");
        }
    }

    private Reply outcome(Incident resolved, List<String> problems, Optional<String> statuspageProblem) {
        StringBuilder text = new StringBuilder(":white_check_mark: Resolved. ")
                .append(CommsMessages.times(resolved.timeToAcknowledge(), resolved.timeToResolve()));
        if (!problems.isEmpty()) {
            text.append("\n:warning: The resolution is recorded, but nexus ").append(String.join("; ", problems))
                    .append('.');
        }
        statuspageProblem.ifPresent(p -> text.append("\n:warning: The status page was not updated: ").append(p));
        return Replies.notice(text.toString());
    }
}
