package com.nexus.chatops.store;

import com.nexus.chatops.testing.PostgresTarget;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on the real PostgreSQL, each test in a fresh schema that is dropped afterwards.
 * Skipped when PostgreSQL is unreachable, unless CI=true.
 */
class PostgresStoreTest extends StoreTestBase {

    private final String schema = PostgresTarget.freshSchemaName();
    private boolean schemaUsed;

    /** Per test rather than per class, so a skip shows up as skipped tests in the report. */
    @BeforeEach
    void requirePostgres() {
        PostgresTarget.requireReachable(PostgresTarget.baseUrl(), System.getenv());
    }

    @Override
    public String storeUrl() {
        schemaUsed = true;
        return PostgresTarget.withSchema(PostgresTarget.baseUrl(), schema);
    }

    @Override
    protected void discardStorage() {
        if (schemaUsed) {
            PostgresTarget.dropSchema(PostgresTarget.baseUrl(), schema);
        }
    }

    @Test
    void shouldKeepEveryTableInTheTestSchemaWhenCurrentSchemaIsGiven() {
        // When the store opens on a URL naming a schema that does not exist yet
        List<String> tables = store().jdbc().query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                row -> row.getString(1), schema);

        // Then the migrations and the pool both live in that schema
        assertThat(tables).contains("flyway_schema_history", "inbox", "incidents", "audit_log");
        assertThat(store().jdbc().queryFirst("SELECT current_schema()", row -> row.getString(1)))
                .contains(schema);
        assertThat(store().isPostgres()).isTrue();
    }

    @Test
    void shouldReportNotReadyWithinDeadlineWhenServerStopsAnswering() throws Exception {
        // Given a store reached through a link that later goes silent
        try (TcpProxy link = TcpProxy.inFrontOf(PostgresTarget.baseUrl());
             Database db = Database.open(link.rewrite(storeUrl()))) {
            assertThat(db.ping()).isTrue();

            // When the server stops answering and the pooled connections are gone
            link.goSilent();
            ((HikariDataSource) db.dataSource()).getHikariPoolMXBean().softEvictConnections();

            // Then readiness turns false without hanging on the silent new connection
            for (int attempt = 0; attempt < 2; attempt++) {
                long started = System.nanoTime();
                assertThat(db.ping()).isFalse();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
            }
        }
    }
}
