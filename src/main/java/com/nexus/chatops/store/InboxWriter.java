package com.nexus.chatops.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for inbox keys: one thread, one connection of its own, one transaction per batch of whatever
 * arrived while the last batch was committing (under load, and in the half millisecond after). Each waiter learns
 * "new" or "seen before" only after the commit that made its answer durable; a failed batch fails every waiter in
 * it and nothing of it is kept.
 */
final class InboxWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWriter.class);
    private static final int MAX_BATCH = 512;
    /**
     * Under load (the last batch held more than one key) a batch smaller than {@link #ENOUGH} waits {@link #GATHER}
     * for more keys before it commits: at 64 concurrent commands a batch held ~3 keys without the wait and ~9 with
     * it, a third as many commits (each one an fsync) for the same work, and +13% acks a second (bench/README.md).
     * A lone key (nothing else in flight) commits at once.
     */
    private static final int ENOUGH = 16;
    private static final Duration GATHER = Duration.ofNanos(500_000);

    private record Pending(String source, String key, CompletableFuture<Boolean> answer) {}

    private final DataSource connections;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    InboxWriter(DataSource connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
        this.thread = new Thread(this::run, "nexus-inbox-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Completes with true when this commit recorded the key, false when it was already there. */
    CompletableFuture<Boolean> firstSeen(String source, String key) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        if (closed) {
            answer.completeExceptionally(new StoreException("the store is closed"));
            return answer;
        }
        queue.add(new Pending(source, key, answer));
        return answer;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        boolean busy = false;
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                if (busy && batch.size() < ENOUGH) {
                    LockSupport.parkNanos(GATHER.toNanos());
                    queue.drainTo(batch, MAX_BATCH - batch.size());
                }
                busy = batch.size() > 1;
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                batch.forEach(p -> p.answer().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        queue.forEach(p -> p.answer().completeExceptionally(new StoreException("the store is closed")));
    }

    /**
     * One multi-row {@code INSERT … ON CONFLICT DO NOTHING RETURNING} in key order (so two replicas' batches take
     * row locks in the same order and never deadlock); the rows it returns are the keys seen for the first time.
     * A key repeated within the batch is inserted once; its later copies are repeats.
     */
    private void write(List<Pending> batch) {
        Map<String, List<Pending>> byKey = new TreeMap<>();
        batch.forEach(p -> byKey.computeIfAbsent(p.source() + '\u0000' + p.key(), k -> new ArrayList<>()).add(p));
        Set<String> fresh = new HashSet<>();
        // One statement in auto-commit: it is its own transaction (atomic, and durable once it has returned all its
        // rows), without the BEGIN/COMMIT pair, and sqlite-jdbc's BEGIN-after-COMMIT, that an explicit one costs.
        try (Connection connection = connections.getConnection()) {
            CompiledStatements.with(connection, insertOf(byKey.size()), insert -> {
                int i = 1;
                long now = clock.millis();
                for (List<Pending> same : byKey.values()) {
                    insert.setString(i++, same.get(0).source());
                    insert.setString(i++, same.get(0).key());
                    insert.setLong(i++, now);
                }
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getString(1) + '\u0000' + rows.getString(2));
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            LOG.warn("inbox: a batch of {} keys was not recorded: {}", batch.size(), e.toString());
            throw SqlErrors.translate(e);
        }
        byKey.forEach((key, same) -> {
            for (int i = 0; i < same.size(); i++) {
                same.get(i).answer().complete(i == 0 && fresh.contains(key));
            }
        });
    }

    private static String insertOf(int rows) {
        return "INSERT INTO inbox (source, dedupe_key, received_at) VALUES "
                + String.join(", ", Collections.nCopies(rows, "(?, ?, ?)"))
                + " ON CONFLICT (source, dedupe_key) DO NOTHING RETURNING source, dedupe_key";
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
