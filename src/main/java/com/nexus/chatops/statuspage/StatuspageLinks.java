package com.nexus.chatops.statuspage;

import com.nexus.chatops.store.Jdbc;
import java.util.Optional;

/** Which Statuspage incident mirrors which nexus incident (incidents.statuspage_incident_id). */
public final class StatuspageLinks {
    private final Jdbc jdbc;

    public StatuspageLinks(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(long incidentId) {
        return jdbc.queryFirst("SELECT statuspage_incident_id FROM incidents WHERE id = ?",
                r -> r.getString(1), incidentId);
    }

    /** Records the link unless one exists; returns the link that holds afterwards. */
    public String link(long incidentId, String statuspageIncidentId) {
        jdbc.update("UPDATE incidents SET statuspage_incident_id = ? WHERE id = ? AND statuspage_incident_id IS NULL",
                statuspageIncidentId, incidentId);
        return find(incidentId).orElse(statuspageIncidentId);
    }
}
