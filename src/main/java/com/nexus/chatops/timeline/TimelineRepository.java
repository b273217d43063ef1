package com.nexus.chatops.timeline;

import com.nexus.chatops.store.Jdbc;
import java.util.List;

/** The incident timeline: append exactly once per dedupe key, read in order. */
public final class TimelineRepository {
    private final Jdbc jdbc;

    public TimelineRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when an entry with the same dedupe key was already recorded for this incident */
    public boolean append(TimelineEntry e) {
        return jdbc.update("INSERT INTO timeline_events (incident_id, at, kind, actor, text, dedupe_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.incidentId(), e.at(), e.kind(), e.actor(), e.text(), e.dedupeKey()) == 1;
    }

    /** Whether an entry with this dedupe key is already recorded, to skip work a repeat would waste. */
    public boolean contains(long incidentId, String dedupeKey) {
        return jdbc.queryFirst("SELECT 1 FROM timeline_events WHERE incident_id = ? AND dedupe_key = ?",
                r -> true, incidentId, dedupeKey).isPresent();
    }

    /** In the order things happened (ties keep the order they were recorded). */
    public List<TimelineEntry> list(long incidentId) {
        return jdbc.query("SELECT incident_id, at, kind, actor, text, dedupe_key FROM timeline_events"
                        + " WHERE incident_id = ? ORDER BY at, id",
                r -> new TimelineEntry(r.getLong("incident_id"), Jdbc.instantOrNull(r, "at"), r.getString("kind"),
                        r.getString("actor"), r.getString("text"), r.getString("dedupe_key")),
                incidentId);
    }
}
