package com.nexus.chatops.store;

/** Minimal rows for constraint tests; the real repositories come with their features. */
final class Fixtures {

    static final long T0 = 1_741_910_400_000L;

    private Fixtures() {
    }

    static long incident(Jdbc jdbc, String declareKey, String day, int seq, String channelName) {
        return jdbc.queryFirst("INSERT INTO incidents (day, seq, channel_name, title, severity, status, declared_by, "
                        + "declared_at, declare_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                row -> row.getLong(1), day, seq, channelName, "Checkout errors", "sev2", "investigating", "U024BE7LH",
                T0, declareKey, T0).orElseThrow();
    }

    static long incident(Jdbc jdbc, int seq) {
        return incident(jdbc, "declare-" + seq, "2025-03-14", seq, "incident-20250314-" + "%03d".formatted(seq));
    }

    static int timelineEvent(Jdbc jdbc, long incidentId, String dedupeKey) {
        return jdbc.update("INSERT INTO timeline_events (incident_id, at, kind, actor, text, dedupe_key) "
                + "VALUES (?, ?, 'note', 'U024BE7LH', 'Rolled back checkout', ?)", incidentId, T0, dedupeKey);
    }

    static void pendingAction(Jdbc jdbc, String id, String state) {
        jdbc.update("INSERT INTO pending_actions (id, action, target, params, requester, channel, state, created_at, "
                        + "expires_at, updated_at) VALUES (?, 'k8s.rollback', 'checkout', '{}', 'U1', 'C1', ?, ?, ?, ?)",
                id, state, T0, T0 + 600_000, T0);
    }

    static int reminder(Jdbc jdbc, long incidentId, String kind, long dueAt) {
        return jdbc.update("INSERT INTO reminders (incident_id, kind, due_at) VALUES (?, ?, ?)",
                incidentId, kind, dueAt);
    }

    static void audit(Jdbc jdbc, long seq, String prevHash, String hash) {
        jdbc.update("INSERT INTO audit_log (seq, at, actor, channel, action, target, params, verdict, outcome, "
                        + "prev_hash, hash) VALUES (?, ?, 'U1', 'C1', 'k8s.restart', 'checkout', '{}', 'allow', 'ok', ?, ?)",
                seq, T0 + seq, prevHash, hash);
    }
}
