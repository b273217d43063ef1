package com.nexus.chatops.action.aws;

/**
 * How following a snapshot ended. AVAILABLE: the SDK's DBSnapshotAvailable waiter saw it available (its ARN is
 * in {@code last}); FAILED: it failed or was deleted; DEADLINE: still being created when the deadline passed.
 */
public record SnapshotProgress(SnapshotRow last, Outcome outcome) {
    public enum Outcome { AVAILABLE, FAILED, DEADLINE }
}
