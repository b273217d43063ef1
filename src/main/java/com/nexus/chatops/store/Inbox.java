package com.nexus.chatops.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Exactly-once receipt of inbound deliveries, keyed by (source, key): Slack event_id, slash-command retries,
 * interaction trigger ids, PagerDuty event.id. The insert races are settled by the primary key, so this holds
 * across threads, processes and replicas.
 */
public final class Inbox {

    private final Jdbc jdbc;
    private final Clock clock;
    private final InboxWriter writer;

    Inbox(Jdbc jdbc, Clock clock, InboxWriter writer) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = writer;
    }

    /**
     * As {@link #firstSeen(String, String)}, committed together with whatever other keys arrived meanwhile (one
     * transaction, one fsync for all of them). Completes only once the answer is durable; exceptionally with a
     * {@link StoreException} when the batch could not be committed.
     */
    public CompletableFuture<Boolean> firstSeenGrouped(String source, String key) {
        requireText(source, "source");
        requireText(key, "key");
        return writer.firstSeen(source, key);
    }

    /** True exactly once per (source, key); false for every repeat. */
    public boolean firstSeen(String source, String key) {
        return firstSeen(source, key, null);
    }

    /** As {@link #firstSeen(String, String)}, keeping {@code payload} until {@link #markProcessed} is called. */
    public boolean firstSeen(String source, String key, String payload) {
        requireText(source, "source");
        requireText(key, "key");
        return jdbc.update("INSERT INTO inbox (source, dedupe_key, received_at, payload) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (source, dedupe_key) DO NOTHING", source, key, clock.instant(), payload) == 1;
    }

    /** Oldest first: stored payloads of this source not yet marked processed. */
    public List<InboxItem> unprocessed(String source, int limit) {
        return jdbc.query("SELECT source, dedupe_key, payload, received_at FROM inbox "
                        + "WHERE source = ? AND processed_at IS NULL AND payload IS NOT NULL "
                        + "ORDER BY received_at, dedupe_key LIMIT ?",
                row -> new InboxItem(row.getString("source"), row.getString("dedupe_key"),
                        row.getString("payload"), Instant.ofEpochMilli(row.getLong("received_at"))),
                source, Math.max(0, limit));
    }

    public void markProcessed(String source, String key) {
        jdbc.update("UPDATE inbox SET processed_at = ? WHERE source = ? AND dedupe_key = ? AND processed_at IS NULL",
                clock.instant(), source, key);
    }

    /** Forgets processed and payload-less deliveries received before {@code cutoff}; returns how many. */
    public int purgeBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM inbox WHERE received_at < ? AND (processed_at IS NOT NULL OR payload IS NULL)",
                cutoff);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("inbox " + name + " must not be blank");
        }
    }
}
