package com.nexus.chatops.incident.view;

/** Links into PagerDuty's web app; app.pagerduty.com forwards to the account's own subdomain. */
public final class PagerDutyUrls {
    private PagerDutyUrls() {}

    public static String incident(String pagerDutyIncidentId) {
        return "https://app.pagerduty.com/incidents/" + pagerDutyIncidentId;
    }
}
