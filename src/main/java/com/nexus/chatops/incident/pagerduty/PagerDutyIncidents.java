package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.lifecycle.Resolutions;
import com.nexus.chatops.incident.lifecycle.SeverityChanges;
import com.nexus.chatops.pagerduty.PagerDutyEvents;
import com.nexus.chatops.pagerduty.WebhookEvent;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.timeline.TimelineEntry;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PagerDuty → Slack. State changes of the PagerDuty incident an incident was declared for (its primary) update
 * the card, timeline and channel; everything else about a linked PagerDuty incident goes to the timeline, once per
 * event id. The echo of a write nexus made for a Slack user is recognised and changes nothing visible a second
 * time. Events about PagerDuty incidents nexus never linked are ignored.
 */
public final class PagerDutyIncidents implements PagerDutyEvents {
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyIncidents.class);

    private final IncidentRecords records;
    private final SlackGateway slack;
    private final SeverityChanges severities;
    private final Resolutions resolutions;
    private final Triggers triggers;
    private final PagerDutyWriteRepository writes;

    public PagerDutyIncidents(IncidentRecords records, SlackGateway slack, SeverityChanges severities,
                              Resolutions resolutions, Triggers triggers, PagerDutyWriteRepository writes) {
        this.records = records;
        this.slack = slack;
        this.severities = severities;
        this.resolutions = resolutions;
        this.triggers = triggers;
        this.writes = writes;
    }

    @Override
    public void handle(WebhookEvent e) {
        if ("incident.triggered".equals(e.eventType())) {
            triggers.handle(e);
            return;
        }
        String pdId = e.incidentId();
        Optional<Incident> linked = pdId == null ? Optional.empty() : triggers.linked(pdId);
        if (linked.isEmpty()) {
            LOG.debug("PagerDuty {} for {} ignored: no incident is linked to it", e.eventType(), pdId);
            return;
        }
        Incident incident = linked.get();
        String agentEmail = e.agent() == null ? null : e.agent().email();
        boolean echo = PagerDutyWrite.Kind.echoedBy(e.eventType())
                .map(kind -> writes.consumeEcho(pdId, kind, agentEmail)).orElse(false);
        boolean primary = pdId.equals(incident.pagerdutyIncidentId());
        switch (primary ? e.eventType() : "secondary") {
            case "incident.acknowledged" -> acknowledged(incident, e, echo);
            case "incident.unacknowledged" -> unacknowledged(incident, e);
            case "incident.resolved" -> resolved(incident, e, echo);
            case "incident.reopened" -> reopened(incident, e);
            case "incident.priority_updated" -> priority(incident, e);
            default -> {
                if (!echo) {
                    record(incident, e, EventTexts.describe(e));
                }
            }
        }
    }

    private void acknowledged(Incident incident, WebhookEvent e, boolean echo) {
        if (incident.resolved()) {
            return;
        }
        AtomicBoolean changed = new AtomicBoolean();
        Incident acked = records.incidents().modify(incident.id(), i -> {
            changed.set(i.acknowledgedAt() == null);
            return i.withAcknowledged(at(e));
        });
        if (!echo && record(incident, e, EventTexts.pd(e) + " acknowledged by " + EventTexts.agent(e))) {
            say(acked, ":eyes: Acknowledged in PagerDuty by " + EventTexts.agent(e) + ".");
        }
        if (changed.get()) {
            records.observer().changed(acked);
        }
    }

    private void unacknowledged(Incident incident, WebhookEvent e) {
        if (incident.resolved()) {
            return;
        }
        Incident updated = records.incidents().modify(incident.id(), Incident::withUnacknowledged);
        if (record(incident, e, EventTexts.pd(e) + " is unacknowledged again (the acknowledgement timed out)")) {
            say(updated, ":warning: " + EventTexts.pd(e) + " is unacknowledged again; PagerDuty escalates it.");
        }
        records.observer().changed(updated);
    }

    private void resolved(Incident incident, WebhookEvent e, boolean echo) {
        Incident current = records.incidents().findById(incident.id()).orElse(incident);
        if (echo || current.resolved() || current.channelId() == null) {
            return;
        }
        resolutions.resolveFromPagerDuty(current, "Resolved in PagerDuty by " + EventTexts.agentName(e) + ".",
                null);
    }

    private void reopened(Incident incident, WebhookEvent e) {
        Incident updated = records.incidents().modify(incident.id(), i -> i.resolved() ? i.withReopened(at(e)) : i);
        if (record(incident, e, EventTexts.pd(e) + " reopened by " + EventTexts.agent(e))) {
            say(updated, ":rotating_light: Reopened in PagerDuty by " + EventTexts.agent(e) + ".");
        }
        records.observer().changed(updated);
    }

    private void priority(Incident incident, WebhookEvent e) {
        if (!record(incident, e, EventTexts.describe(e)) || incident.resolved() || e.incident() == null) {
            return;
        }
        Optional<String> severity = triggers.mapped(e.incident().priorityName());
        if (severity.isPresent() && !severity.get().equals(incident.severity())) {
            String text = severities.change(incident, severity.get(), EventTexts.actor(e));
            say(incident, text);
        }
    }

    /** @return false when this event was already recorded (a replay) */
    private boolean record(Incident incident, WebhookEvent e, String text) {
        return records.timeline().append(new TimelineEntry(incident.id(), at(e), "pagerduty", EventTexts.actor(e),
                text, e.id()));
    }

    private void say(Incident incident, String text) {
        if (incident.channelId() != null) {
            slack.post(incident.channelId(), Replies.say(text));
        }
    }

    private java.time.Instant at(WebhookEvent e) {
        return e.occurredAt() != null ? e.occurredAt() : records.clock().instant();
    }
}
