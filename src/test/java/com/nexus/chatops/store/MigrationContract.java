package com.nexus.chatops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Migrations build the same schema on both backends, once. */
interface MigrationContract extends StoreBackend {

    /** The schema later features rely on; "?" marks a nullable column. Identical for SQLite and PostgreSQL. */
    static Map<String, List<String>> expectedSchema() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("inbox", List.of("source", "dedupe_key", "received_at", "payload?", "processed_at?"));
        tables.put("day_sequence", List.of("day", "last_value"));
        tables.put("incidents", List.of("id", "day", "seq", "channel_name", "channel_id?", "title", "severity",
                "status", "service?", "commander?", "comms?", "declared_by", "declared_at", "acknowledged_at?",
                "resolved_at?", "pagerduty_incident_id?", "card_ts?", "declare_key", "alert_count",
                "last_update_at?", "updated_at", "version", "statuspage_incident_id?", "setup_owner?",
                "setup_lease_until?"));
        tables.put("timeline_events", List.of("id", "incident_id", "at", "kind", "actor?", "text", "dedupe_key?"));
        tables.put("audit_log", List.of("seq", "at", "actor", "channel?", "incident_id?", "action", "target?",
                "params?", "verdict", "reason?", "outcome?", "error?", "prev_hash", "hash"));
        tables.put("pending_actions", List.of("id", "action", "target?", "params?", "requester", "channel?",
                "incident_id?", "state", "created_at", "expires_at", "updated_at", "result?", "started_at?", "message_ts?",
                "approvals_needed", "approvers?", "preview?", "owner?", "lease_until?"));
        tables.put("approvals", List.of("pending_id", "approver", "at"));
        tables.put("reminders", List.of("id", "incident_id", "kind", "due_at", "claimed_by?", "claimed_until?",
                "fired_at?"));
        tables.put("runbook_posts", List.of("id", "incident_id", "runbook_id", "channel_id", "message_ts?", "reason",
                "posted_by?", "posted_at"));
        tables.put("runbook_step_runs", List.of("post_id", "step_key", "ran_by", "ran_at", "runs"));
        tables.put("store_heartbeat", List.of("id", "at"));
        return tables;
    }

    @Test
    default void shouldCreateEveryTableWhenStoreStartsEmpty() throws SQLException {
        // When a store opens on an empty database
        Map<String, List<String>> actual = SchemaShape.of(store(), List.copyOf(expectedSchema().keySet()));

        // Then every table exists with the agreed columns and nullability
        assertThat(actual).containsExactlyEntriesOf(expectedSchema());
    }

    @Test
    default void shouldKeepDataAndNotReapplyMigrationsWhenReopened() {
        // Given a migrated store holding data
        assertThat(store().inbox().firstSeen("slack", "Ev1")).isTrue();
        int applied = historyRows(store());
        store().close();

        // When it is opened again
        try (Database again = Database.open(storeUrl())) {
            // Then nothing is migrated twice and the data is still there
            assertThat(historyRows(again)).isEqualTo(applied);
            assertThat(again.jdbc().query("SELECT success FROM flyway_schema_history",
                    row -> row.getBoolean(1))).containsOnly(true);
            assertThat(again.inbox().firstSeen("slack", "Ev1")).isFalse();
        }
    }

    @Test
    default void shouldTakeAMigratedStoreAsCurrentAndHandAnythingElseToFlyway() {
        // Given a store migrated by this build
        DataSource pool = store().dataSource();
        assertThat(Migrations.current(pool)).isTrue();

        // When its history says a migration failed, or that a later build migrated it
        store().jdbc().update("UPDATE flyway_schema_history SET success = ? WHERE version = ?", false,
                String.valueOf(Migrations.LATEST));
        assertThat(Migrations.current(pool)).isFalse();
        store().jdbc().update("UPDATE flyway_schema_history SET success = ?, version = ? WHERE version = ?", true,
                String.valueOf(Migrations.LATEST + 1), String.valueOf(Migrations.LATEST));

        // Then it is not current, and Flyway is the one to say so when the store opens
        assertThat(Migrations.current(pool)).isFalse();
        store().close();
        assertThatThrownBy(() -> Database.open(storeUrl()).close()).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot migrate store");
    }

    @Test
    default void shouldKeepEveryInboxRowAndItsMeaningWhenTheLeanInboxMigrationRuns() throws SQLException {
        // Given a store as the build before the lean inbox (V15) left it, holding a bare key, a delivery waiting
        // to be processed and one already processed
        StoreUrl url = StoreUrl.parse(storeUrl());
        try (HikariDataSource pool = Pools.open(url)) {
            Migrations.flyway(pool, url).target("14").load().migrate();
            execute(pool, "INSERT INTO inbox (source, dedupe_key, received_at, payload, processed_at) VALUES "
                    + "('slack.command', 'T1', 1000, NULL, NULL), ('pagerduty', 'E1', 2000, '{\"a\":1}', NULL), "
                    + "('pagerduty', 'E0', 500, '{\"a\":0}', 900)");
        }

        // When this build opens it (and migrates it to the latest version)
        Database db = store();

        // Then every key is still known, the waiting delivery is still waiting, and new keys are still new
        assertThat(Migrations.current(db.dataSource())).isTrue();
        assertThat(db.inbox().firstSeen("slack.command", "T1")).isFalse();
        assertThat(db.inbox().firstSeen("pagerduty", "E0")).isFalse();
        assertThat(db.inbox().unprocessed("pagerduty", 10)).extracting(InboxItem::key).containsExactly("E1");
        assertThat(db.inbox().firstSeenGrouped("slack.command", "T2").join()).isTrue();
        assertThat(db.inbox().firstSeenGrouped("slack.command", "T1").join()).isFalse();
        db.inbox().markProcessed("pagerduty", "E1");
        assertThat(db.inbox().unprocessed("pagerduty", 10)).isEmpty();
    }

    @Test
    default void shouldLeaveTheStoreAsItWasWhenAnUpgradeFailsPartWay() throws SQLException {
        // Given a store at V13, where V14 would apply cleanly and V15 would fail (an object in its way)
        StoreUrl url = StoreUrl.parse(storeUrl());
        try (HikariDataSource pool = Pools.open(url)) {
            Migrations.flyway(pool, url).target("13").load().migrate();
            execute(pool, "CREATE TABLE inbox_lean (x INTEGER)"); // SQLite's V15 creates it
            execute(pool, "DROP INDEX inbox_pending"); // PostgreSQL's V15 drops it
        }

        // When this build opens it, the upgrade fails
        assertThatThrownBy(() -> Database.open(storeUrl()).close()).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot migrate store");

        // Then none of the upgrade stayed: still at V13, without V14's table, and nothing recorded as failed
        try (HikariDataSource pool = Pools.open(url)) {
            assertThat(SchemaShape.of(pool, List.of("store_heartbeat"))).containsEntry("store_heartbeat", List.of());
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 var rows = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)),"
                         + " MIN(CASE WHEN success THEN 1 ELSE 0 END) FROM flyway_schema_history"
                         + " WHERE version IS NOT NULL")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(13);
                assertThat(rows.getInt(2)).as("every recorded migration succeeded").isEqualTo(1);
            }
            // And once what stood in the way is gone, the next start upgrades it all
            execute(pool, "DROP TABLE inbox_lean");
            execute(pool, "CREATE INDEX inbox_pending ON inbox (source, received_at) WHERE processed_at IS NULL");
        }
        try (Database upgraded = Database.open(storeUrl())) {
            assertThat(Migrations.current(upgraded.dataSource())).isTrue();
        }
    }

    private static void execute(DataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int historyRows(Database db) {
        return db.jdbc().queryFirst("SELECT COUNT(*) FROM flyway_schema_history", row -> row.getInt(1))
                .orElseThrow();
    }
}
