package com.nexus.chatops.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Failures queued per method, consumed one per call, plus added latency. */
final class Faults {

    sealed interface Fault permits HttpFailure, ForcedRateLimit, ForcedError {
    }

    record HttpFailure(int status) implements Fault {
    }

    record ForcedRateLimit(int retryAfterSeconds) implements Fault {
    }

    record ForcedError(String error) implements Fault {
    }

    private volatile Duration latency = Duration.ZERO;
    private final Map<String, Duration> methodLatency = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> queued = new HashMap<>();
    private volatile Fault outage;
    private volatile boolean hanging;

    /** Every method answers with {@code fault} (null: back to normal). */
    void outage(Fault fault) {
        this.outage = fault;
    }

    /** Every method holds its caller until {@link #hang(boolean)} is called with false (at most a minute). */
    void hang(boolean on) {
        this.hanging = on;
    }

    void awaitNotHanging() {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (hanging && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void latency(Duration perCall) {
        this.latency = perCall;
    }

    void latency(String method, Duration perCall) {
        methodLatency.put(method, perCall);
    }

    Duration latencyFor(String method) {
        return methodLatency.getOrDefault(method, latency);
    }

    synchronized void add(String method, Fault fault, int times) {
        Deque<Fault> queue = queued.computeIfAbsent(method, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.addLast(fault);
        }
    }

    /** The next queued fault for this method, or null when the call should go through. */
    synchronized Fault poll(String method) {
        if (outage != null) {
            return outage;
        }
        Deque<Fault> queue = queued.get(method);
        return queue == null ? null : queue.pollFirst();
    }
}
