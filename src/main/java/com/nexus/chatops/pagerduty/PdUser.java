package com.nexus.chatops.pagerduty;

/** A PagerDuty user: the id to act as and the email nexus matches against Slack profiles. */
public record PdUser(String id, String name, String email) {
}
