package com.nexus.chatops.incident;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.store.ConstraintViolationException;
import com.nexus.chatops.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Incidents in the store. Creation is keyed on the declare key (UNIQUE), so a retried or raced declaration
 * finds the first one instead of making a second; changes are compare-and-set on a version column.
 */
public final class IncidentRepository {
    private static final String COLUMNS = "id, day, seq, channel_name, channel_id, title, severity, status, service,"
            + " commander, comms, declared_by, declared_at, acknowledged_at, resolved_at, pagerduty_incident_id,"
            + " card_ts, declare_key, alert_count, last_update_at, updated_at, version";
    private static final int MAX_ATTEMPTS = 20;

    private final Jdbc jdbc;
    private final Clock clock;

    public IncidentRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Inserts unless an incident with the same declare key exists; either way returns the stored incident.
     * A clash on the channel name (another declaration took that number) throws {@link ChannelNameTaken}.
     */
    public Incident insertOrGet(NewIncident n) {
        Optional<Incident> existing = findByDeclareKey(n.declareKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (findByChannelName(n.channelName()).isPresent()) {
            throw new ChannelNameTaken(n.channelName());
        }
        long now = clock.millis();
        int inserted = jdbc.update("INSERT INTO incidents (day, seq, channel_name, title, severity, status, service,"
                        + " commander, declared_by, declared_at, pagerduty_incident_id, declare_key, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                n.day(), n.seq(), n.channelName(), n.title(), n.severity(), Phase.INVESTIGATING, n.service(),
                n.commander(), n.declaredBy(), n.declaredAt(), n.pagerdutyIncidentId(), n.declareKey(), now);
        Optional<Incident> stored = findByDeclareKey(n.declareKey());
        if (inserted == 0 && stored.isEmpty()) {
            throw new ChannelNameTaken(n.channelName());
        }
        return stored.orElseThrow();
    }

    /**
     * Removes an incident that never got a channel (its declaration was refused), with its timeline; an incident
     * with a channel, or one other records already point to, is kept. @return whether it was removed
     */
    public boolean discardUnopened(long id) {
        try {
            return jdbc.inTransaction(tx -> {
                tx.update("DELETE FROM timeline_events WHERE incident_id = ?"
                        + " AND EXISTS (SELECT 1 FROM incidents WHERE id = ? AND channel_id IS NULL)", id, id);
                return tx.update("DELETE FROM incidents WHERE id = ? AND channel_id IS NULL", id) == 1;
            });
        } catch (ConstraintViolationException referenced) {
            return false;
        }
    }

    /** Applies {@code change} to the latest stored version, retrying if another writer got there first. */
    public Incident modify(long id, UnaryOperator<Incident> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Incident current = findById(id).orElseThrow(() -> new NexusException("Incident " + id + " no longer exists."));
            Incident next = change.apply(current);
            if (next.equals(current)) {
                return current;
            }
            if (write(next, current.version())) {
                return findById(id).orElseThrow();
            }
        }
        throw new NexusException("Incident " + id + " is being changed by too many people at once; try again.");
    }

    private boolean write(Incident i, int expectedVersion) {
        return jdbc.update("UPDATE incidents SET seq = ?, channel_name = ?, channel_id = ?, title = ?, severity = ?,"
                        + " status = ?, service = ?, commander = ?, comms = ?, acknowledged_at = ?, resolved_at = ?,"
                        + " pagerduty_incident_id = ?, card_ts = ?, alert_count = ?, last_update_at = ?,"
                        + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                i.seq(), i.channelName(), i.channelId(), i.title(), i.severity(), i.status(), i.service(),
                i.commander(), i.comms(), i.acknowledgedAt(), i.resolvedAt(), i.pagerdutyIncidentId(), i.cardTs(),
                i.alertCount(), i.lastUpdateAt(), clock.millis(), i.id(), expectedVersion) == 1;
    }

    public Optional<Incident> findById(long id) {
        return one("id = ?", id);
    }

    public Optional<Incident> findByDeclareKey(String key) {
        return one("declare_key = ?", key);
    }

    public Optional<Incident> findByChannelId(String channelId) {
        return one("channel_id = ?", channelId);
    }

    public Optional<Incident> findByChannelName(String name) {
        return one("channel_name = ?", name);
    }

    public Optional<Incident> findByPagerDuty(String pdIncidentId) {
        return one("pagerduty_incident_id = ?", pdIncidentId);
    }

    /** Open incidents, oldest first. */
    public List<Incident> open() {
        return jdbc.query("SELECT " + COLUMNS + " FROM incidents WHERE resolved_at IS NULL ORDER BY declared_at, id",
                IncidentRepository::map);
    }

    /** Incidents resolved in [from, to), oldest first — for archiving their channels. */
    public List<Incident> resolvedBetween(Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM incidents WHERE resolved_at >= ? AND resolved_at < ?"
                + " ORDER BY resolved_at, id", IncidentRepository::map, from, to);
    }

    /** Incidents declared in [from, to), oldest first — for stats. */
    public List<Incident> declaredBetween(Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM incidents WHERE declared_at >= ? AND declared_at < ?"
                + " ORDER BY declared_at, id", IncidentRepository::map, from, to);
    }

    private Optional<Incident> one(String where, Object param) {
        return jdbc.queryFirst("SELECT " + COLUMNS + " FROM incidents WHERE " + where, IncidentRepository::map, param);
    }

    private static Incident map(ResultSet r) throws SQLException {
        return new Incident(r.getLong("id"), LocalDate.parse(r.getString("day")), r.getInt("seq"),
                r.getString("channel_name"), r.getString("channel_id"), r.getString("title"), r.getString("severity"),
                Phase.valueOf(r.getString("status")), r.getString("service"), r.getString("commander"),
                r.getString("comms"), r.getString("declared_by"), Jdbc.instantOrNull(r, "declared_at"),
                Jdbc.instantOrNull(r, "acknowledged_at"), Jdbc.instantOrNull(r, "resolved_at"),
                r.getString("pagerduty_incident_id"), r.getString("card_ts"), r.getString("declare_key"),
                r.getInt("alert_count"), Jdbc.instantOrNull(r, "last_update_at"),
                Jdbc.instantOrNull(r, "updated_at"), r.getInt("version"));
    }

    /** The channel name (its day number) was claimed by another incident: take the next number. */
    public static final class ChannelNameTaken extends NexusException {
        public ChannelNameTaken(String name) {
            super("The channel name " + name + " is already used by another incident.");
        }
    }
}
