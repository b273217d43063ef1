package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.ingress.WorkKind;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded executors behind "ack first, then work", one lane per {@link WorkKind} so a slow kind never
 * holds the threads of another. When a lane is full the caller is told, so it can say "busy" in its ack
 * instead of queueing work it cannot start in time; each refusal is counted ({@code nexus.work.refused}) and
 * logged at most once a second.
 */
public final class WorkQueue {
    private static final Logger LOG = LoggerFactory.getLogger(WorkQueue.class);
    private static final long LOG_EVERY_MILLIS = 1000;

    private final Map<WorkKind, ThreadPoolExecutor> lanes = new EnumMap<>(WorkKind.class);
    private final MeterRegistry meters;
    private final AtomicLong lastLogged = new AtomicLong();
    private final AtomicInteger unlogged = new AtomicInteger();
    private final Set<CompletableFuture<?>> deliveries = ConcurrentHashMap.newKeySet();

    public WorkQueue(MeterRegistry meters) {
        this.meters = meters;
        lanes.put(WorkKind.REPLIES, lane("nexus-work-", 4, 2048));
        lanes.put(WorkKind.INCIDENT_CREATION, lane("nexus-declare-", 2, 1024));
        lanes.put(WorkKind.INFRASTRUCTURE, lane("nexus-action-", 4, 256));
    }

    private static ThreadPoolExecutor lane(String prefix, int threads, int capacity) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(capacity), r -> {
                    Thread t = new Thread(r, prefix + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Quick work: replies, clicks, forms, events. */
    public boolean offer(Runnable work) {
        return offer(WorkKind.REPLIES, work);
    }

    /**
     * {@link WorkKind#IMMEDIATE} work runs here and now, on the caller's thread.
     *
     * @return false when the lane is full or shutting down; the work was not accepted.
     */
    public boolean offer(WorkKind kind, Runnable work) {
        if (kind == WorkKind.IMMEDIATE) {
            work.run();
            return true;
        }
        try {
            lanes.get(kind).execute(work);
            return true;
        } catch (RejectedExecutionException e) {
            refused(kind);
            return false;
        }
    }

    /** A reply on its way that holds no thread; {@link #drain} waits for it like for queued work. */
    public void track(CompletableFuture<?> delivery) {
        deliveries.add(delivery);
        delivery.whenComplete((v, e) -> deliveries.remove(delivery));
    }

    /** How many pieces of work of this kind are running or waiting (the newest one included). */
    public int backlog(WorkKind kind) {
        ThreadPoolExecutor pool = lanes.get(kind);
        return pool == null ? 0 : pool.getActiveCount() + pool.getQueue().size();
    }

    /** How many run at once in this lane. */
    public int threads(WorkKind kind) {
        ThreadPoolExecutor pool = lanes.get(kind);
        return pool == null ? 1 : pool.getMaximumPoolSize();
    }

    private void refused(WorkKind kind) {
        meters.counter("nexus.work.refused", "lane", kind.name().toLowerCase()).increment();
        unlogged.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_MILLIS && lastLogged.compareAndSet(last, now)) {
            LOG.warn("work queue full: refused {} piece(s) of work since the last such line (this one: {})",
                    unlogged.getAndSet(0), kind);
        }
    }

    /** Stops taking work and waits up to the deadline for what is in flight; returns true if all finished. */
    public boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
        lanes.values().forEach(ThreadPoolExecutor::shutdown);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (ThreadPoolExecutor pool : lanes.values()) {
            if (!pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        try {
            CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    public int inFlight() {
        return deliveries.size()
                + lanes.values().stream().mapToInt(p -> p.getActiveCount() + p.getQueue().size()).sum();
    }
}
