package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Severity;
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
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * `/nexus update <phase> [message]`: the runbook template (or the responder's words) goes to the incident channel
 * and the stakeholder channel at once, and to Statuspage when configured; the phase and the time of the update
 * are stored (they restart the reminder cadence) and the update joins the timeline. Slack and the timeline get
 * the responder's mentions as mentions; the status page and PagerDuty get them as "@name" / "#channel".
 */
public final class StatusUpdates {
    private final NexusConfig config;
    private final IncidentRecords records;
    private final SlackGateway slack;
    private final Mirrors mirrors;
    private final Resolutions resolutions;

    public StatusUpdates(NexusConfig config, IncidentRecords records, SlackGateway slack, Mirrors mirrors,
                         Resolutions resolutions) {
        this.config = config;
        this.records = records;
        this.slack = slack;
        this.mirrors = mirrors;
        this.resolutions = resolutions;
    }

    /** @param message the responder's own words, or blank for the template */
    public Reply post(Incident incident, Phase phase, String responderWords, String actor) {
        String message = Texts.withoutBidi(responderWords);
        Resolutions.requireChannel(incident);
        if (phase == Phase.RESOLVED) {
            return resolutions.resolve(incident, message, actor);
        }
        if (incident.resolved()) {
            throw new NexusException("This incident was resolved " + SlackDates.at(incident.resolvedAt())
                    + " and takes no more status updates. `/nexus postmortem` regenerates its post-mortem draft.");
        }
        Integer cadence = cadence(config, incident.severity());
        String text = UpdateTemplates.render(phase, incident, cadence, message);
        String tag = UpdateTemplates.tag(phase);
        String body = text.substring(tag.length()).strip();
        Instant now = records.clock().instant();
        Incident updated = records.incidents().modify(incident.id(), i -> i.withStatus(phase, now));
        records.timeline().append(new TimelineEntry(incident.id(), now, "update", actor, Mrkdwn.escapeWritten(text),
                null));

        CompletableFuture<String> inChannel = slack.post(updated.channelId(),
                CommsMessages.update(tag, body, where(updated), actor));
        CompletableFuture<String> broadcast = slack.post(config.channels().stakeholders(),
                CommsMessages.broadcast(tag, body, updated.title(), severityLabel(updated), updated.channelId()));
        Optional<String> statuspageProblem = mirrors.statuspage().publish(updated.id(),
                Mrkdwn.plainWritten(updated.title()), phase.word(), Mrkdwn.plainWritten(text));
        records.observer().changed(updated);
        Optional<String> pagerDutyLine = mirrors.pagerDuty().updated(updated, Mrkdwn.plainWritten(text), actor);

        List<String> problems = new ArrayList<>();
        SlackCalls.problem(inChannel, "post it in this channel").ifPresent(problems::add);
        SlackCalls.problem(broadcast, "broadcast it to " + config.channels().stakeholders()).ifPresent(problems::add);
        Reply reply = outcome(tag, problems, statuspageProblem);
        return pagerDutyLine.map(line -> Replies.notice(reply.text() + "\n" + line)).orElse(reply);
    }

    private Reply outcome(String tag, List<String> slackProblems, Optional<String> statuspageProblem) {
        StringBuilder text = new StringBuilder();
        if (slackProblems.isEmpty()) {
            text.append(":white_check_mark: ").append(tag).append(" update posted here and in ")
                    .append(config.channels().stakeholders());
            text.append(mirrors.statuspage().enabled() && statuspageProblem.isEmpty() ? " and on the status page." : ".");
        } else {
            text.append(":warning: ").append(tag).append(" update recorded, but nexus ")
                    .append(String.join("; ", slackProblems)).append('.');
        }
        statuspageProblem.ifPresent(p -> text.append("\n:warning: The status page was not updated: ").append(p)
                .append(" The Slack update stands; retry with `/nexus update` or update the status page by hand."));
        return Replies.notice(text.toString());
    }

    public Integer cadence(String severity) {
        return cadence(config, severity);
    }

    /** The severity's update cadence in minutes; null when it has none (or the severity is unknown). */
    static Integer cadence(NexusConfig config, String severity) {
        return Optional.ofNullable(config.severities().get(severity)).flatMap(Severity::updateEvery)
                .or(() -> config.severity(severity).flatMap(Severity::updateEvery)).orElse(null);
    }

    static String severityLabel(Incident incident) {
        return incident.severity().toUpperCase(Locale.ROOT);
    }

    static String where(Incident incident) {
        return incident.channelName() + " · " + severityLabel(incident)
                + (incident.service() == null ? "" : " · " + incident.service());
    }
}
