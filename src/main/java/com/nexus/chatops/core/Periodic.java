package com.nexus.chatops.core;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A background loop: {@code task} runs every {@code every} (the first time one interval after the start) on one
 * daemon thread until {@link #close()}. The task catches its own failures: one that escapes ends the loop.
 */
public final class Periodic implements AutoCloseable {
    private final ScheduledExecutorService scheduler;

    private Periodic(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public static Periodic start(String threadName, Duration every, Runnable task) {
        return start(threadName, every, every, task);
    }

    /** Like {@link #start} with the first run at once. */
    public static Periodic startNow(String threadName, Duration every, Runnable task) {
        return start(threadName, Duration.ZERO, every, task);
    }

    private static Periodic start(String threadName, Duration first, Duration every, Runnable task) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(task, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new Periodic(scheduler);
    }

    /** Stops the loop, interrupting a run in progress and giving it a few seconds to wind down. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
