package com.nexus.chatops.pagerduty;

/**
 * What nexus does with a verified, stored, first-seen webhook event. Runs off the request thread; throwing leaves
 * the event unprocessed in the inbox, so it is tried again at the next start.
 */
public interface PagerDutyEvents {
    void handle(WebhookEvent event);
}
