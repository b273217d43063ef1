package com.nexus.chatops.incident.pagerduty;

import java.util.Optional;

/**
 * How a Slack user's change reaches PagerDuty: the write is stored first (so its echo is recognised and an
 * outage loses nothing), then sent by the runner under the user's PagerDuty email. Runner and emails are absent
 * when the REST API is not connected.
 */
public record PagerDutyOutbox(PagerDutyWriteRepository writes, Optional<WriteRunner> runner, Optional<FromEmails> from) {
}
