package com.nexus.chatops.statuspage;

import java.time.Duration;

/** Spaces calls at least {@code interval} apart (Statuspage allows about one request per second per key). */
final class Throttle {
    private final long intervalNanos;
    private long next = System.nanoTime();

    Throttle(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Blocks until the caller may send; callers are served one at a time. */
    synchronized void acquire() throws InterruptedException {
        long wait = next - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        next = Math.max(next, System.nanoTime()) + intervalNanos;
    }
}
