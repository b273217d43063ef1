package com.nexus.chatops.incident;

import com.nexus.chatops.store.Jdbc;
import java.time.Instant;

/**
 * Reminder slots in the store (table reminders, UNIQUE per incident, kind and due time). Whoever inserts a slot
 * owns it and posts; a claim whose owner died before posting expires and can be taken over. So a restart loses
 * no reminder, and two replicas never post the same one twice.
 */
public final class ReminderClaims {
    private final Jdbc jdbc;

    public ReminderClaims(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when this owner may post the reminder for that slot now */
    public boolean claim(long incidentId, String kind, Instant dueAt, String owner, Instant now, Instant until) {
        int inserted = jdbc.update("INSERT INTO reminders (incident_id, kind, due_at, claimed_by, claimed_until)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", incidentId, kind, dueAt, owner, until);
        if (inserted == 1) {
            return true;
        }
        return jdbc.update("UPDATE reminders SET claimed_by = ?, claimed_until = ? WHERE incident_id = ? AND kind = ?"
                        + " AND due_at = ? AND fired_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?)",
                owner, until, incidentId, kind, dueAt, now) == 1;
    }

    public void fired(long incidentId, String kind, Instant dueAt, String owner, Instant at) {
        jdbc.update("UPDATE reminders SET fired_at = ? WHERE incident_id = ? AND kind = ? AND due_at = ?"
                + " AND claimed_by = ? AND fired_at IS NULL", at, incidentId, kind, dueAt, owner);
    }
}
