package com.nexus.chatops.guard;

import java.time.Clock;

/** Where the guard flow keeps its state and its word: the pending actions, the audit entries, and the time. */
public record Ledger(PendingActions pending, Audits audits, Clock clock) {
}
