package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PagerDutySettings;
import com.nexus.chatops.config.Service;
import com.nexus.chatops.incident.DeclareRequest;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.lifecycle.Declarations;
import com.nexus.chatops.pagerduty.WebhookEvent;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.timeline.TimelineEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code incident.triggered}, in this order: a PagerDuty incident nexus already knows is ignored; one answering a
 * page nexus sent is linked to that incident; one of a service whose open incident took an alert within the storm
 * window joins it (alert counter, timeline); one the config auto-declares opens an incident; the rest are ignored.
 * Two replicas declaring for the same storm agree through a claim on (service, window bucket).
 */
public final class Triggers {
    private static final Logger LOG = LoggerFactory.getLogger(Triggers.class);
    /** A page's PagerDuty incident arrives within seconds; matching by service alone stays this strict. */
    private static final Duration PAGE_MATCH = Duration.ofMinutes(10);

    private final NexusConfig config;
    private final IncidentRecords records;
    private final Declarations declarations;
    private final PagerDutyLinkRepository links;
    private final OnCalls onCalls;
    private final SlackGateway slack;

    public Triggers(NexusConfig config, IncidentRecords records, Declarations declarations, PagerDutyLinkRepository links,
                    OnCalls onCalls, SlackGateway slack) {
        this.config = config;
        this.records = records;
        this.declarations = declarations;
        this.links = links;
        this.onCalls = onCalls;
        this.slack = slack;
    }

    /** The nexus incident a PagerDuty incident belongs to: linked to it, or declared for it. */
    Optional<Incident> linked(String pdId) {
        return links.incidentOf(pdId).flatMap(records.incidents()::findById)
                .or(() -> records.incidents().findByPagerDuty(pdId));
    }

    void handle(WebhookEvent e) {
        WebhookEvent.IncidentData d = e.incident();
        if (d == null || d.id() == null) {
            return;
        }
        if (links.incidentOf(d.id()).isPresent() || records.incidents().findByPagerDuty(d.id()).isPresent()) {
            return;
        }
        Optional<PagerDutyLinkRepository.Page> page = links.pageFor(e.data().path("incident_key").asText(null), d.serviceId(),
                PAGE_MATCH);
        if (page.isPresent()) {
            links.answered(page.get().dedupKey(), d.id());
            if (page.get().incidentId() != null) {
                linkPage(page.get(), e);
                return;
            }
        }
        PagerDutySettings settings = config.pagerduty();
        Duration window = Duration.ofMinutes(settings.stormWindowMinutes());
        if (!window.isZero() && d.serviceId() != null) {
            Optional<Long> open = links.stormTarget(d.serviceId(), window);
            if (open.isPresent()) {
                join(open.get(), e);
                return;
            }
        }
        Optional<Service> service = config.serviceByPagerDutyId(d.serviceId());
        boolean declares = settings.autoDeclareUrgencies().contains(d.urgency())
                || service.map(s -> settings.autoDeclareServices().contains(s.name())).orElse(false);
        if (!declares) {
            LOG.info("PagerDuty incident {} ({} urgency) triggered; not declared in Slack by the config", d.id(),
                    d.urgency());
            return;
        }
        declare(e, service, window);
    }

    private void declare(WebhookEvent e, Optional<Service> service, Duration window) {
        WebhookEvent.IncidentData d = e.incident();
        String holder = d.id();
        if (!window.isZero() && d.serviceId() != null) {
            holder = links.stormClaim(d.serviceId(), records.clock().millis() / window.toMillis(), d.id());
        }
        // whoever holds the claim declares; a replica that lost the race completes (or finds) that declaration
        Incident incident = declarations.declare(new DeclareRequest("pagerduty:" + holder,
                severity(d), title(d), service.map(Service::name).orElse(null), description(d, service),
                "PagerDuty", holder));
        if (!holder.equals(d.id()) && incident.resolved()) {
            // the storm this bucket belonged to is over: this alert starts its own incident
            holder = d.id();
            incident = declarations.declare(new DeclareRequest("pagerduty:" + holder, severity(d),
                    title(d), service.map(Service::name).orElse(null), description(d, service), "PagerDuty", holder));
        }
        if (!holder.equals(d.id())) {
            join(incident.id(), e);
            return;
        }
        links.link(d.id(), incident.id(), d.serviceId(), PagerDutyLinkRepository.DECLARED);
        int alerts = Math.max(1, links.alerts(incident.id()));
        records.incidents().modify(incident.id(), i -> i.withAlertCount(Math.max(i.alertCount(), alerts)));
        inviteOnCall(incident, d, service);
    }

    private void inviteOnCall(Incident incident, WebhookEvent.IncidentData d, Optional<Service> service) {
        if (incident.channelId() == null || !onCalls.connected() || d.serviceId() == null) {
            return;
        }
        String label = service.map(s -> Mrkdwn.escape(s.name()))
                .orElseGet(() -> Mrkdwn.escape(d.serviceSummary() == null ? d.serviceId() : d.serviceSummary()));
        String line = onCalls.invite(incident.channelId(), d.serviceId(), label);
        if (records.timeline().append(new TimelineEntry(incident.id(), records.clock().instant(),
                "oncall", null, line, "pd-oncall:" + d.id()))) {
            slack.post(incident.channelId(), Replies.say(":pager: " + line));
        }
    }

    private void join(long incidentId, WebhookEvent e) {
        WebhookEvent.IncidentData d = e.incident();
        if (!links.link(d.id(), incidentId, d.serviceId(), PagerDutyLinkRepository.STORM)) {
            return;
        }
        int alerts = links.alerts(incidentId);
        Incident updated = records.incidents().modify(incidentId,
                i -> i.withAlertCount(Math.max(i.alertCount(), alerts)));
        records.timeline().append(new TimelineEntry(incidentId, records.clock().instant(), "alert",
                EventTexts.actor(e), "alert " + alerts + " joined: " + Mrkdwn.escape(title(d)) + " ("
                + EventTexts.pd(e) + ")", e.id()));
        records.observer().changed(updated);
    }

    private void linkPage(PagerDutyLinkRepository.Page page, WebhookEvent e) {
        WebhookEvent.IncidentData d = e.incident();
        long id = page.incidentId();
        links.link(d.id(), id, d.serviceId(), PagerDutyLinkRepository.PAGE);
        Incident updated = records.incidents().modify(id,
                i -> i.pagerdutyIncidentId() == null ? i.withPagerDuty(d.id()) : i);
        String text = EventTexts.pd(e) + " opened for " + Mrkdwn.escape(page.service()) + " by the page is linked to"
                + " this incident";
        if (records.timeline().append(new TimelineEntry(id, records.clock().instant(), "page",
                EventTexts.actor(e), text, e.id())) && updated.channelId() != null) {
            slack.post(updated.channelId(), Replies.say(":link: " + text + "."));
        }
        records.observer().changed(updated);
    }

    /** The severity a PagerDuty priority maps to, when the config maps it to a known one. */
    Optional<String> mapped(String priorityName) {
        return config.pagerduty().severityFor(priorityName).filter(config.severities()::containsKey);
    }

    /** The priority mapping; without one, high urgency is sev2 and low is sev3 (when those exist). */
    String severity(WebhookEvent.IncidentData d) {
        Optional<String> mapped = mapped(d.priorityName());
        if (mapped.isPresent()) {
            return mapped.get();
        }
        String fallback = "high".equals(d.urgency()) ? "sev2" : "sev3";
        var names = new ArrayList<>(config.severities().keySet());
        return names.contains(fallback) ? fallback : names.get("high".equals(d.urgency()) ? 0 : names.size() - 1);
    }

    private static String title(WebhookEvent.IncidentData d) {
        return d.title() == null || d.title().isBlank() ? "PagerDuty incident " + d.id() : d.title();
    }

    private static String description(WebhookEvent.IncidentData d, Optional<Service> service) {
        return "Opened by PagerDuty incident #" + d.number() + " (" + d.urgency() + " urgency"
                + (d.priorityName() == null ? "" : ", priority " + d.priorityName()) + ") on "
                + service.map(Service::name).orElse(d.serviceSummary() == null ? d.serviceId() : d.serviceSummary())
                + (d.htmlUrl() == null ? "" : " — " + d.htmlUrl());
    }
}
