package com.nexus.chatops.pagerduty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The stand-in handler: PagerDuty events are received and stored, and only logged. */
final class LogOnlyEvents implements PagerDutyEvents {
    private static final Logger LOG = LoggerFactory.getLogger(LogOnlyEvents.class);

    @Override
    public void handle(WebhookEvent event) {
        LOG.info("PagerDuty {} for incident {} received (event {}); no sync rules act on it yet",
                event.eventType(), event.incidentId(), event.id());
    }
}
