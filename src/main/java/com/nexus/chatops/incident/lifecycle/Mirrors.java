package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.incident.PagerDutyMirror;
import com.nexus.chatops.statuspage.StatuspageMirror;

/** Where an incident's status updates and resolution go besides Slack: the public status page and PagerDuty. */
public record Mirrors(StatuspageMirror statuspage, PagerDutyMirror pagerDuty) {
}
