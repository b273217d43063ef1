package com.nexus.chatops.incident;

import com.nexus.chatops.store.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who is setting up an incident's channel, and until when. The declaring process holds the lease and renews it
 * while it works; an incident still without its channel or card whose lease ran out was left half-made by a
 * process that stopped, and exactly one replica claims it to finish it.
 */
public final class SetupLeases {
    public static final Duration LEASE = Duration.ofSeconds(30);
    private static final String UNFINISHED = " resolved_at IS NULL AND (channel_id IS NULL OR card_ts IS NULL)";
    private static final String LAPSED = " AND (setup_lease_until <= ? OR (setup_lease_until IS NULL AND updated_at <= ?))";

    private final Jdbc jdbc;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();

    public SetupLeases(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** This process starts setting up {@code incidentId} (it has just claimed the declaration). */
    public void take(long incidentId) {
        jdbc.update("UPDATE incidents SET setup_owner = ?, setup_lease_until = ? WHERE id = ?",
                owner, clock.instant().plus(LEASE), incidentId);
    }

    /** Claims an incident whose setup lease ran out; true for exactly one claimant. */
    public boolean claim(long incidentId) {
        Instant now = clock.instant();
        return jdbc.update("UPDATE incidents SET setup_owner = ?, setup_lease_until = ? WHERE id = ? AND"
                + UNFINISHED + LAPSED, owner, now.plus(LEASE), incidentId, now, now.minus(LEASE)) == 1;
    }

    /** Extends the leases of the setups this process is running; returns how many. */
    public int renew() {
        return jdbc.update("UPDATE incidents SET setup_lease_until = ? WHERE setup_owner = ? AND" + UNFINISHED,
                clock.instant().plus(LEASE), owner);
    }

    /** This process stopped working on it: if it is still unfinished, the next sweep may claim it at once. */
    public void release(long incidentId) {
        jdbc.update("UPDATE incidents SET setup_owner = NULL, setup_lease_until = ? WHERE id = ? AND setup_owner = ?",
                clock.instant(), incidentId, owner);
    }

    /** Ids of open incidents without channel or card whose setup nobody vouches for any more. */
    public List<Long> lapsed() {
        Instant now = clock.instant();
        return jdbc.query("SELECT id FROM incidents WHERE" + UNFINISHED + LAPSED + " ORDER BY id",
                r -> r.getLong("id"), now, now.minus(LEASE));
    }
}
