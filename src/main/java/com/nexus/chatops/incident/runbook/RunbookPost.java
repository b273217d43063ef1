package com.nexus.chatops.incident.runbook;

import java.util.Optional;

/** A runbook posted in an incident's channel: where its message is (once posted) and why it was offered. */
public record RunbookPost(long id, long incidentId, String runbookId, String channelId, Optional<String> ts,
                          String reason) {
}
