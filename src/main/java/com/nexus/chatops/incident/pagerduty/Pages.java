package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PagerDutyRef;
import com.nexus.chatops.config.Service;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.view.Severities;
import com.nexus.chatops.pagerduty.AlertSeverity;
import com.nexus.chatops.pagerduty.PagerDutyEventsClient;
import com.nexus.chatops.slack.Mrkdwn;
import java.util.Optional;

/**
 * Pages a service through the Events API v2. The dedup key is stable per incident and service
 * ({@code nexus-<incident>-<service>}), so a retried page updates PagerDuty's alert instead of opening another;
 * the page is recorded first, so the PagerDuty incident it opens is linked back when its webhook arrives.
 */
public final class Pages {
    private final NexusConfig config;
    private final PagerDutyEventsClient events;
    private final PagerDutyLinkRepository links;

    public Pages(NexusConfig config, PagerDutyEventsClient events, PagerDutyLinkRepository links) {
        this.config = config;
        this.events = events;
        this.links = links;
    }

    static String dedupKey(Incident incident, String service, String elseKey) {
        return incident == null ? "nexus-" + service + "-" + elseKey : "nexus-" + incident.id() + "-" + service;
    }

    /**
     * Why this service cannot be paged from here (unknown, no pagerduty section, no routing key), asked before
     * any policy rule so the answer names what is missing; empty when it can be paged.
     */
    Optional<String> unavailable(String serviceName) {
        try {
            routingKey(serviceName);
            return Optional.empty();
        } catch (NexusException e) {
            return Optional.of(e.getMessage());
        }
    }

    private PagerDutyRef ref(String serviceName) {
        Service service = config.service(serviceName).orElseThrow(() -> new NexusException(
                config.services().isEmpty() ? "Unknown service `" + serviceName + "`: nexus.yml describes no services"
                        + " here (copy nexus.example.yml to nexus.yml and list yours under services:)."
                        : "Unknown service `" + serviceName + "`; nexus.yml lists "
                        + String.join(", ", config.services().keySet()) + "."));
        return service.pagerduty().orElseThrow(() -> new NexusException(
                "`" + serviceName + "` has no pagerduty section in nexus.yml, so nexus cannot page it."));
    }

    private String routingKey(String serviceName) {
        return ref(serviceName).routingKey().orElseThrow(() -> new NexusException("`" + serviceName
                + "` has no pagerduty.routingKey (Events API v2 integration key) in nexus.yml, so nexus cannot page"
                + " it; page it from PagerDuty."));
    }

    /**
     * The service is the event's source, so PagerDuty's alert (and any failure here) names it.
     *
     * @return the dedup key PagerDuty filed it under; throws a user-worded NexusException when it cannot page
     */
    String page(String serviceName, Incident incident, String message, String requestedBy, String elseKey) {
        String routingKey = routingKey(serviceName);
        String key = dedupKey(incident, serviceName, elseKey);
        links.recordPage(key, incident == null ? null : incident.id(), serviceName, ref(serviceName).serviceId(),
                requestedBy);
        String summary = summary(incident, message);
        return events.trigger(routingKey, key, summary, serviceName, severity(incident));
    }

    /** Plain text for PagerDuty: mentions in the title or message read "@name" / "#channel", not Slack markup. */
    private static String summary(Incident incident, String message) {
        String words = message == null ? "" : Mrkdwn.plainWritten(message).strip();
        if (incident == null) {
            return words.isEmpty() ? "Paged from Slack by nexus" : words;
        }
        String head = Severities.tag(incident.severity()) + " " + Mrkdwn.plainWritten(incident.title()) + " (#"
                + incident.channelName() + ")";
        return words.isEmpty() ? head : head + ": " + words;
    }

    private AlertSeverity severity(Incident incident) {
        if (incident == null) {
            return AlertSeverity.ERROR;
        }
        boolean pages = config.severities().containsKey(incident.severity())
                && config.severities().get(incident.severity()).page();
        return pages ? AlertSeverity.CRITICAL : AlertSeverity.ERROR;
    }
}
