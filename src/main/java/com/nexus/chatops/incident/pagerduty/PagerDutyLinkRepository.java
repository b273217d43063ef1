package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.store.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Which Slack incident each PagerDuty incident belongs to, and the pages nexus sent. A link is written once
 * (primary key on the PagerDuty id), so a replayed webhook never counts an alert twice.
 */
public final class PagerDutyLinkRepository {
    static final String DECLARED = "declared";
    static final String STORM = "storm";
    static final String PAGE = "page";
    private static final String STORM_CLAIMS = "pagerduty.storm";

    private final Jdbc jdbc;
    private final Clock clock;

    public PagerDutyLinkRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return false when this PagerDuty incident was already linked (to this or another incident) */
    boolean link(String pdIncidentId, long incidentId, String pdServiceId, String via) {
        return jdbc.update("INSERT INTO pagerduty_links (pd_incident_id, incident_id, pd_service_id, via, linked_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", pdIncidentId, incidentId, pdServiceId, via,
                clock.instant()) == 1;
    }

    Optional<Long> incidentOf(String pdIncidentId) {
        return jdbc.queryFirst("SELECT incident_id FROM pagerduty_links WHERE pd_incident_id = ?",
                r -> r.getLong("incident_id"), pdIncidentId);
    }

    /** Alerts (PagerDuty incidents declared or joined) counted on this incident. */
    int alerts(long incidentId) {
        return jdbc.queryFirst("SELECT COUNT(*) AS n FROM pagerduty_links WHERE incident_id = ? AND via IN (?, ?)",
                r -> r.getInt("n"), incidentId, DECLARED, STORM).orElse(0);
    }

    /** PagerDuty incidents linked to this incident besides {@code primary} (joined alerts, pages), oldest first. */
    java.util.List<String> others(long incidentId, String primary) {
        return jdbc.query("SELECT pd_incident_id FROM pagerduty_links WHERE incident_id = ? AND pd_incident_id <> ?"
                + " ORDER BY linked_at, pd_incident_id", r -> r.getString("pd_incident_id"), incidentId,
                primary == null ? "" : primary);
    }

    /** The open incident that took an alert of this PagerDuty service within the window, latest first. */
    Optional<Long> stormTarget(String pdServiceId, Duration window) {
        return jdbc.queryFirst("SELECT l.incident_id FROM pagerduty_links l JOIN incidents i ON i.id = l.incident_id"
                        + " WHERE l.pd_service_id = ? AND l.via IN (?, ?) AND l.linked_at >= ?"
                        + " AND i.resolved_at IS NULL ORDER BY l.linked_at DESC, l.incident_id DESC",
                r -> r.getLong("incident_id"), pdServiceId, DECLARED, STORM, clock.instant().minus(window));
    }

    /** @return false when a page with this dedup key was already recorded (a retry: PagerDuty dedupes it too) */
    boolean recordPage(String dedupKey, Long incidentId, String service, String pdServiceId, String requestedBy) {
        return jdbc.update("INSERT INTO pagerduty_pages (dedup_key, incident_id, service, pd_service_id,"
                        + " requested_by, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                dedupKey, incidentId, service, pdServiceId, requestedBy, clock.instant()) == 1;
    }

    record Page(String dedupKey, Long incidentId, String service) {}

    /**
     * The page a newly triggered PagerDuty incident answers: by its incident key (the Events API dedup key), or
     * else the latest unanswered page of the same service within {@code window}.
     */
    Optional<Page> pageFor(String incidentKey, String pdServiceId, Duration window) {
        Optional<Page> byKey = incidentKey == null ? Optional.empty() : jdbc.queryFirst(
                "SELECT dedup_key, incident_id, service FROM pagerduty_pages WHERE dedup_key = ?", PagerDutyLinkRepository::page,
                incidentKey);
        if (byKey.isPresent() || pdServiceId == null) {
            return byKey;
        }
        return jdbc.queryFirst("SELECT dedup_key, incident_id, service FROM pagerduty_pages WHERE pd_service_id = ?"
                        + " AND pd_incident_id IS NULL AND created_at >= ? ORDER BY created_at DESC", PagerDutyLinkRepository::page,
                pdServiceId, clock.instant().minus(window));
    }

    void answered(String dedupKey, String pdIncidentId) {
        jdbc.update("UPDATE pagerduty_pages SET pd_incident_id = ? WHERE dedup_key = ? AND pd_incident_id IS NULL",
                pdIncidentId, dedupKey);
    }

    /**
     * Claims the storm of one PagerDuty service in one window bucket for {@code pdIncidentId}: the first claimant
     * across all replicas declares, everyone else joins. @return the PagerDuty incident that holds the claim
     */
    String stormClaim(String pdServiceId, long bucket, String pdIncidentId) {
        String key = pdServiceId + ":" + bucket;
        jdbc.update("INSERT INTO inbox (source, dedupe_key, received_at, payload) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (source, dedupe_key) DO NOTHING", STORM_CLAIMS, key, clock.instant(), pdIncidentId);
        return jdbc.queryFirst("SELECT payload FROM inbox WHERE source = ? AND dedupe_key = ?",
                r -> r.getString("payload"), STORM_CLAIMS, key).orElse(pdIncidentId);
    }

    private static Page page(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Page(r.getString("dedup_key"), Jdbc.longOrNull(r, "incident_id"), r.getString("service"));
    }
}
