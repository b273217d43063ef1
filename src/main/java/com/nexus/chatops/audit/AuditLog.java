package com.nexus.chatops.audit;

import com.nexus.chatops.store.ConstraintViolationException;
import com.nexus.chatops.store.Jdbc;
import com.nexus.chatops.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The append-only, hash-chained audit_log. Each append reads the head and extends it in one transaction; a
 * replica that raced on the same head hits the primary key or UNIQUE(prev_hash) and simply tries again on the
 * new head, so the chain never forks.
 */
public final class AuditLog {
    private static final int MAX_ATTEMPTS = 50;
    private static final String COLUMNS =
            "seq, at, actor, channel, incident_id, action, target, params, verdict, reason, outcome, error, prev_hash, hash";

    private final Jdbc jdbc;

    public AuditLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the record as chained */
    public ChainedRecord append(AuditRecord r) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                return jdbc.inTransaction(tx -> extend(tx, r));
            } catch (ConstraintViolationException raced) {
                Thread.onSpinWait();
            }
        }
        throw new StoreException("could not append to the audit log: too many concurrent writers");
    }

    private static ChainedRecord extend(Jdbc tx, AuditRecord r) {
        ChainedRecord head = tx.queryFirst("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq DESC LIMIT 1",
                AuditLog::map).orElse(null);
        long seq = head == null ? 1 : head.seq() + 1;
        String prev = head == null ? Canonical.GENESIS : head.hash();
        String hash = Canonical.hash(prev, seq, r);
        tx.update("INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq, r.at(), r.actor(), r.channel(), r.incidentId(), r.action(), r.target(), r.params(),
                r.verdict(), r.reason(), r.outcome(), r.error(), prev, hash);
        return new ChainedRecord(seq, r, prev, hash);
    }

    /** Up to {@code limit} records after {@code afterSeq}, in chain order. */
    public List<ChainedRecord> page(long afterSeq, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_log WHERE seq > ? ORDER BY seq LIMIT " + limit,
                AuditLog::map, afterSeq);
    }

    /** The newest records first, for one action on one target (cooldowns, history). */
    public List<ChainedRecord> latest(String action, String target, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_log WHERE action = ? AND target = ? ORDER BY seq DESC LIMIT "
                + limit, AuditLog::map, action, target);
    }

    static ChainedRecord map(ResultSet row) throws SQLException {
        AuditRecord r = new AuditRecord(Jdbc.instantOrNull(row, "at"), row.getString("actor"),
                row.getString("channel"), Jdbc.longOrNull(row, "incident_id"), row.getString("action"),
                row.getString("target"), row.getString("params"), row.getString("verdict"), row.getString("reason"),
                row.getString("outcome"), row.getString("error"));
        return new ChainedRecord(row.getLong("seq"), r, row.getString("prev_hash"), row.getString("hash"));
    }
}
