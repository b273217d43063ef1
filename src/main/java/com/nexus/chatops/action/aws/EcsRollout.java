package com.nexus.chatops.action.aws;

/**
 * How following a service ended. STABLE: the SDK waiter saw one deployment with every desired task running.
 * ROLLED_BACK: it is stable, but on another deployment than the one started (the circuit breaker rolled back).
 * FAILED: the service was deleted, drained or went inactive. DEADLINE: still moving when the deadline passed.
 */
public record EcsRollout(EcsStatus last, Outcome outcome) {
    public enum Outcome { STABLE, ROLLED_BACK, FAILED, DEADLINE }
}
