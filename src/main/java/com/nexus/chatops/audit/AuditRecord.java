package com.nexus.chatops.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited fact: who asked for what, where, what the guard said and what came of it. {@code params} is the
 * action's parameters as canonical JSON; {@code incidentId} is null outside incident channels.
 */
public record AuditRecord(Instant at, String actor, String channel, Long incidentId, String action, String target,
                          String params, String verdict, String reason, String outcome, String error) {
    public AuditRecord {
        Objects.requireNonNull(at);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(verdict);
        // The store keeps milliseconds; hashing what will be stored keeps the chain verifiable after a reload.
        at = Instant.ofEpochMilli(at.toEpochMilli());
    }
}
