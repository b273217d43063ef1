package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.NexusException;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PagerDutyRef;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.Pager;
import com.nexus.chatops.reply.Mrkdwn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pager hook for severities with {@code page: true}: pages the incident's service through the Events API when
 * it has a routing key (unless the incident came from PagerDuty, which already paged), and invites whoever is on
 * call for it to the channel.
 */
final class OnCallPager implements Pager {
    private final NexusConfig config;
    private final Pages pages;
    private final OnCalls onCalls;

    OnCallPager(NexusConfig config, Pages pages, OnCalls onCalls) {
        this.config = config;
        this.pages = pages;
        this.onCalls = onCalls;
    }

    @Override
    public String page(Incident incident, String reason) {
        Optional<PagerDutyRef> ref = config.service(incident.service()).flatMap(s -> s.pagerduty());
        if (ref.isEmpty()) {
            return "Nobody was paged: " + (incident.service() == null ? "the incident names no service"
                    : Mrkdwn.escape(incident.service()) + " has no PagerDuty service in nexus.yml")
                    + ". Page on-call by hand (`/nexus page <service>`) if needed.";
        }
        List<String> lines = new ArrayList<>();
        String label = Mrkdwn.escape(incident.service());
        if (incident.pagerdutyIncidentId() == null && ref.get().routingKey().isPresent()) {
            try {
                pages.page(incident.service(), incident, reason, null, null);
                lines.add("Paged " + label + " through PagerDuty (" + reason + ").");
            } catch (NexusException e) {
                lines.add("Paging " + label + " failed: " + e.getMessage());
            }
        }
        if (incident.channelId() != null && onCalls.connected()) {
            lines.add(onCalls.invite(incident.channelId(), ref.get().serviceId(), label));
        }
        return lines.isEmpty() ? "Nobody was paged: " + label + " has no PagerDuty routing key and PagerDuty is not"
                + " connected. Page on-call by hand if needed." : String.join(" ", lines);
    }
}
