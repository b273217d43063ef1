package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PagerDutyRef;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.Pager;
import com.nexus.chatops.slack.Mrkdwn;
import java.util.Optional;

/**
 * The pager hook for severities with {@code page: true}: whoever is on call for the incident's service in
 * PagerDuty is invited to the channel. Opening a PagerDuty incident stays an explicit `/nexus page`, so raising a
 * severity never pages a team twice for an incident PagerDuty already knows.
 */
public final class OnCallPager implements Pager {
    private final NexusConfig config;
    private final OnCalls onCalls;

    public OnCallPager(NexusConfig config, OnCalls onCalls) {
        this.config = config;
        this.onCalls = onCalls;
    }

    @Override
    public String page(Incident incident, String reason) {
        Optional<PagerDutyRef> ref = config.service(incident.service()).flatMap(s -> s.pagerduty());
        if (ref.isEmpty()) {
            return "Nobody was paged: " + (incident.service() == null ? "the incident names no service"
                    : Mrkdwn.escape(incident.service()) + " has no PagerDuty service in nexus.yml")
                    + ". Use `/nexus page &lt;service&gt;` to page a team.";
        }
        String label = Mrkdwn.escape(incident.service());
        if (!onCalls.connected()) {
            return "Nobody was paged: PagerDuty is not connected (PAGERDUTY_API_TOKEN is not set). Use `/nexus page "
                    + label + "` or page on-call by hand.";
        }
        if (incident.channelId() == null) {
            return "On-call for " + label + " was not invited: the channel is still being created.";
        }
        return onCalls.invite(incident.channelId(), ref.get().serviceId(), label)
                + (incident.pagerdutyIncidentId() == null ? " Use `/nexus page " + label + "` to page them." : "");
    }
}
