package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.store.Jdbc;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pending actions in the store. Every state change is a conditional UPDATE on the state it expects, so a
 * replayed or concurrent click changes a row at most once, whichever replica receives it.
 */
public final class PendingActions {
    private static final String COLUMNS = "id, action, target, params, requester, channel, incident_id, state,"
            + " created_at, expires_at, updated_at, started_at, message_ts, approvals_needed, approvers, preview, result";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_ID_LENGTH = 64;

    /**
     * How long a claim vouches for an executing action without renewal. Writes time out after 10 s and are never
     * retried, and the owner renews well within this, so a lapsed lease means the owner is gone.
     */
    public static final Duration LEASE = Duration.ofMinutes(2);

    /** Every transition: the new state, only while the row still is in the state (and condition) it expects. */
    private static final String MOVE = "UPDATE pending_actions SET state = ?, updated_at = ? WHERE id = ? AND ";
    private static final String APPROVERS = "SELECT approver FROM approvals WHERE pending_id = ? ORDER BY at, approver";
    private static final String LAPSED = " AND (lease_until <= ? OR (lease_until IS NULL AND started_at <= ?))";

    private final Jdbc jdbc;
    private final String owner;

    /** The executing actions this process claims carry its own random owner id, and only it renews them. */
    public PendingActions(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.owner = "nexus-" + UUID.randomUUID();
    }

    /** 128 random bits: a button value cannot be guessed from another one. */
    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "pa_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Keeps {@code request} for {@code a}'s requester until {@code expiresAt}, with the approvals {@code d} asks
     * for; {@code held}: a cooldown denial kept for a lead's override. @param preview what the confirmation shows
     */
    public PendingAction create(Attempt a, ActionRequest request, boolean held, Decision d, String preview,
                                Instant now, Instant expiresAt) {
        String id = newId();
        jdbc.update("INSERT INTO pending_actions (id, action, target, params, requester, channel, incident_id, state,"
                        + " created_at, expires_at, updated_at, approvals_needed, approvers, preview)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, request.action(), request.service(), RequestParams.json(request, a.override(), held), a.actor(),
                a.channelId(), a.incidentId(), PendingState.PENDING.db(), now, expiresAt, now, d.approvals(),
                String.join(",", d.approvers()), preview);
        return find(id).orElseThrow();
    }

    public Optional<PendingAction> find(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            return Optional.empty();
        }
        return jdbc.queryFirst("SELECT " + COLUMNS + " FROM pending_actions WHERE id = ?", PendingActions::map, id);
    }

    public void recordMessage(String id, String messageTs) {
        jdbc.update("UPDATE pending_actions SET message_ts = ? WHERE id = ?", messageTs, id);
    }

    /**
     * pending/approved → executing under this process's lease, only before expiry; false when another click (or
     * replica) got there first.
     */
    public boolean claim(String id, PendingState expected, Instant now) {
        return jdbc.update("UPDATE pending_actions SET state = ?, started_at = ?, updated_at = ?, owner = ?,"
                        + " lease_until = ? WHERE id = ? AND state = ? AND expires_at > ?",
                PendingState.EXECUTING.db(), now, now, owner, now.plus(LEASE), id, expected.db(), now) == 1;
    }

    /** Extends the lease of every action this process is executing; returns how many. */
    public int renewLeases(Instant now) {
        return jdbc.update("UPDATE pending_actions SET lease_until = ? WHERE state = ? AND owner = ?",
                now.plus(LEASE), PendingState.EXECUTING.db(), owner);
    }

    /** executing → done/failed with the outcome in words. */
    public boolean finish(String id, PendingState outcome, String result, Instant now) {
        return jdbc.update("UPDATE pending_actions SET state = ?, result = ?, updated_at = ? WHERE id = ? AND state = ?",
                outcome.db(), result, now, id, PendingState.EXECUTING.db()) == 1;
    }

    public boolean cancel(String id, Instant now) {
        return jdbc.update(MOVE + "state IN (?, ?)",
                PendingState.CANCELLED.db(), now, id, PendingState.PENDING.db(), PendingState.APPROVED.db()) == 1;
    }

    public boolean expire(String id, Instant now) {
        return jdbc.update(MOVE + "state IN (?, ?) AND expires_at <= ?",
                PendingState.EXPIRED.db(), now, id, PendingState.PENDING.db(), PendingState.APPROVED.db(), now) == 1;
    }

    /**
     * Records one approval (a repeat by the same approver counts once) and moves pending → approved when enough
     * are in. @return the approvers so far
     */
    public List<String> approve(String id, String approver, int needed, Instant now) {
        return jdbc.inTransaction(tx -> {
            tx.update("INSERT INTO approvals (pending_id, approver, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    id, approver, now);
            List<String> approvers = tx.query(APPROVERS, row -> row.getString(1), id);
            if (approvers.size() >= needed) {
                tx.update(MOVE + "state = ?", PendingState.APPROVED.db(), now, id, PendingState.PENDING.db());
            }
            return approvers;
        });
    }

    public List<String> approvals(String id) {
        return jdbc.query(APPROVERS, row -> row.getString(1), id);
    }

    /** The last run of this action on this target that actually started, whatever came of it. */
    public Optional<PendingAction> lastStarted(String action, String target) {
        return jdbc.queryFirst("SELECT " + COLUMNS + " FROM pending_actions WHERE action = ? AND target = ?"
                        + " AND started_at IS NOT NULL ORDER BY started_at DESC LIMIT 1",
                PendingActions::map, action, target);
    }

    /**
     * executing → unknown for every action whose lease ran out (its process stopped); an action a live replica
     * runs keeps a fresh lease and is left alone. Rows from before leases existed count from started_at. Each
     * row is marked once, whichever replica sweeps first.
     */
    public List<PendingAction> markInterrupted(Instant now) {
        List<PendingAction> marked = new ArrayList<>();
        for (PendingAction p : jdbc.query("SELECT " + COLUMNS + " FROM pending_actions WHERE state = ?" + LAPSED,
                PendingActions::map, PendingState.EXECUTING.db(), now, now.minus(LEASE))) {
            // the lease is checked again: its owner may have renewed it since the SELECT
            if (jdbc.update(MOVE + "state = ?" + LAPSED,
                    PendingState.UNKNOWN.db(), now, p.id(), PendingState.EXECUTING.db(), now, now.minus(LEASE)) == 1) {
                marked.add(find(p.id()).orElseThrow());
            }
        }
        return marked;
    }

    private static PendingAction map(ResultSet r) throws SQLException {
        String approvers = r.getString("approvers");
        RequestParams.Stored stored = RequestParams.read(r.getString("action"), r.getString("target"),
                r.getString("params"));
        return new PendingAction(r.getString("id"), stored.request(), stored.override(), stored.held(),
                r.getString("requester"), r.getString("channel"), Jdbc.longOrNull(r, "incident_id"),
                PendingState.of(r.getString("state")), Jdbc.instantOrNull(r, "created_at"),
                Jdbc.instantOrNull(r, "expires_at"), Jdbc.instantOrNull(r, "updated_at"),
                Jdbc.instantOrNull(r, "started_at"), r.getString("message_ts"), r.getInt("approvals_needed"),
                approvers == null || approvers.isBlank() ? List.of() : Arrays.asList(approvers.split(",")),
                r.getString("preview"), r.getString("result"));
    }
}
