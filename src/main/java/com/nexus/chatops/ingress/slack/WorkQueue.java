package com.nexus.chatops.ingress.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded executor behind "ack first, then work": handlers enqueue and return at once. When the queue is
 * full the caller is told so it can say "busy" in its ack instead of queueing work it cannot start in time.
 */
public final class WorkQueue {
    private final ThreadPoolExecutor pool;

    public WorkQueue(int threads, int capacity) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(capacity), r -> {
                    Thread t = new Thread(r, "nexus-work-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** @return false when the queue is full or shutting down; the work was not accepted. */
    public boolean offer(Runnable work) {
        try {
            pool.execute(work);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Stops taking work and waits up to the deadline for what is in flight; returns true if all finished. */
    public boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
        pool.shutdown();
        return pool.awaitTermination(timeout, unit);
    }

    public int inFlight() {
        return pool.getActiveCount() + pool.getQueue().size();
    }
}
