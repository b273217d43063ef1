package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * PagerDuty writes stored before they are sent. A pending row is due at {@code next_at}; whoever moves
 * {@code next_at} forward first (compare-and-set) owns the attempt, so two replicas never send the same write at
 * once. A write's echo webhook is matched once ({@code echo_consumed_at}).
 */
public final class PagerDutyWriteRepository {
    static final String PENDING = "pending";
    static final String DONE = "done";
    static final String FAILED = "failed";
    /** An echo arrives within seconds; anything older is PagerDuty acting on its own. */
    private static final Duration ECHO_WINDOW = Duration.ofHours(1);
    private static final String COLUMNS = "id, incident_id, pd_incident_id, kind, from_email, content, actor, attempts";

    private final Jdbc jdbc;
    private final Clock clock;

    public PagerDutyWriteRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stored pending and leased to the caller for {@code lease}, who sends it right away. */
    PagerDutyWrite record(long incidentId, String pdIncidentId, PagerDutyWrite.Kind kind, String from, String content,
                   String actor, Duration lease) {
        Instant now = clock.instant();
        long id = jdbc.queryFirst("INSERT INTO pagerduty_writes (incident_id, pd_incident_id, kind, from_email,"
                        + " content, actor, state, attempts, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
                        + " RETURNING id", r -> r.getLong("id"),
                incidentId, pdIncidentId, kind, from, content, actor, PENDING, now.plus(lease), now).orElseThrow();
        return new PagerDutyWrite(id, incidentId, pdIncidentId, kind, from, content, actor, 0);
    }

    /** Pending writes due now, each leased to this caller for {@code lease}; others skip them meanwhile. */
    List<PagerDutyWrite> claimDue(Duration lease, int limit) {
        Instant now = clock.instant();
        List<Due> due = jdbc.query("SELECT " + COLUMNS + ", next_at FROM pagerduty_writes WHERE state = ?"
                + " AND next_at <= ? ORDER BY next_at, id LIMIT ?", r -> new Due(map(r), r.getLong("next_at")),
                PENDING, now, limit);
        return due.stream().filter(d -> jdbc.update("UPDATE pagerduty_writes SET next_at = ? WHERE id = ?"
                        + " AND state = ? AND next_at = ?", now.plus(lease), d.write().id(), PENDING, d.nextAt()) == 1)
                .map(Due::write).toList();
    }

    private record Due(PagerDutyWrite write, long nextAt) {}

    void done(PagerDutyWrite w) {
        jdbc.update("UPDATE pagerduty_writes SET state = ?, attempts = ?, last_error = NULL WHERE id = ?", DONE,
                w.attempts() + 1, w.id());
    }

    void retryAt(PagerDutyWrite w, Instant next, String error) {
        jdbc.update("UPDATE pagerduty_writes SET attempts = ?, next_at = ?, last_error = ? WHERE id = ?",
                w.attempts() + 1, next, error, w.id());
    }

    void failed(PagerDutyWrite w, String error) {
        jdbc.update("UPDATE pagerduty_writes SET state = ?, attempts = ?, last_error = ? WHERE id = ?", FAILED,
                w.attempts() + 1, error, w.id());
    }

    /**
     * Marks the oldest unmatched write this webhook echoes as matched. {@code agentEmail}, when PagerDuty names
     * one, must be the write's From, or someone else acted in PagerDuty at the same time.
     */
    boolean consumeEcho(String pdIncidentId, PagerDutyWrite.Kind kind, String agentEmail) {
        Instant now = clock.instant();
        String sql = "SELECT id FROM pagerduty_writes WHERE pd_incident_id = ? AND kind = ?"
                + " AND echo_consumed_at IS NULL AND state <> ? AND created_at >= ?";
        Optional<Long> candidate = agentEmail == null
                ? jdbc.queryFirst(sql + " ORDER BY id", r -> r.getLong("id"), pdIncidentId, kind, FAILED,
                        now.minus(ECHO_WINDOW))
                : jdbc.queryFirst(sql + " AND LOWER(from_email) = LOWER(?) ORDER BY id", r -> r.getLong("id"),
                        pdIncidentId, kind, FAILED, now.minus(ECHO_WINDOW), agentEmail);
        return candidate.filter(id -> jdbc.update("UPDATE pagerduty_writes SET echo_consumed_at = ? WHERE id = ?"
                + " AND echo_consumed_at IS NULL", now, id) == 1).isPresent();
    }

    /** State of a write, for tests and the retry loop's report. */
    Optional<String> state(long id) {
        return jdbc.queryFirst("SELECT state FROM pagerduty_writes WHERE id = ?", r -> r.getString("state"), id);
    }

    private static PagerDutyWrite map(ResultSet r) throws SQLException {
        return new PagerDutyWrite(r.getLong("id"), r.getLong("incident_id"), r.getString("pd_incident_id"),
                PagerDutyWrite.Kind.valueOf(r.getString("kind")), r.getString("from_email"), r.getString("content"),
                r.getString("actor"), r.getInt("attempts"));
    }
}
