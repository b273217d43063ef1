package com.nexus.chatops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite connections keep their statements compiled; what is read and written is as if each were new. */
class CompiledStatementsTest {
    private static final String COUNT = "SELECT COUNT(*) FROM timeline_events WHERE incident_id = ?";

    @TempDir
    Path dir;
    private Database store;

    private Database store() {
        if (store == null) {
            store = Database.open("jdbc:sqlite:" + dir.resolve("nexus.db"));
        }
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void shouldReadWhatAnotherConnectionCommittedSinceTheStatementLastRan() throws SQLException {
        Jdbc jdbc = store().jdbc();
        long incident = Fixtures.incident(jdbc, 1);
        try (Connection reader = store().dataSource().getConnection();
             Connection writer = store().dataSource().getConnection()) {
            assertThat(count(reader, incident)).isZero();

            CompiledStatements.with(writer, "INSERT INTO timeline_events (incident_id, at, kind, actor, text) "
                    + "VALUES (?, 0, 'note', 'U1', 'rolled back')", insert -> {
                        insert.setLong(1, incident);
                        return insert.executeUpdate();
                    });

            // a statement left holding its read snapshot would still count 0 here
            assertThat(count(reader, incident)).isEqualTo(1);
        }
    }

    @Test
    void shouldRunTheSameCompiledStatementAgainWithNewParameters() throws SQLException {
        Jdbc jdbc = store().jdbc();
        long first = Fixtures.incident(jdbc, 1);
        long second = Fixtures.incident(jdbc, 2);
        Fixtures.timelineEvent(jdbc, second, "e1");
        Fixtures.timelineEvent(jdbc, second, "e2");
        List<PreparedStatement> used = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        try (Connection connection = store().dataSource().getConnection()) {
            for (long incident : new long[] {first, second, first}) {
                counts.add(CompiledStatements.with(connection, COUNT, count -> {
                    used.add(count);
                    count.setLong(1, incident);
                    try (var rows = count.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
            }
        }
        assertThat(counts).containsExactly(0L, 2L, 0L);
        assertThat(used).as("compiled once").containsOnly(used.get(0));
    }

    @Test
    void shouldLetAFailedStatementGoAndCompileAFreshOneForTheNextUse() throws SQLException {
        Jdbc jdbc = store().jdbc();
        Fixtures.incident(jdbc, "k1", "2025-03-14", 1, "incident-20250314-001");
        String insert = "INSERT INTO incidents (day, seq, channel_name, title, severity, status, declared_by, "
                + "declared_at, declare_key, updated_at) VALUES ('2025-03-14', ?, ?, 't', 'sev2', 'investigating', "
                + "'U1', 0, ?, 0)";
        List<PreparedStatement> used = new ArrayList<>();
        try (Connection connection = store().dataSource().getConnection()) {
            assertThatThrownBy(() -> CompiledStatements.with(connection, insert, statement -> {
                used.add(statement);
                bind(statement, 1, "incident-20250314-001", "k1");
                return statement.executeUpdate();
            })).isInstanceOf(SQLException.class);
            int added = CompiledStatements.with(connection, insert, statement -> {
                used.add(statement);
                bind(statement, 2, "incident-20250314-002", "k2");
                return statement.executeUpdate();
            });

            assertThat(added).isEqualTo(1);
        }
        assertThat(used.get(0).isClosed()).isTrue();
        assertThat(used.get(1)).isNotSameAs(used.get(0));
    }

    @Test
    void shouldCompileAnOwnCopyForTheSameSqlRunInsideItsUse() throws SQLException {
        Jdbc jdbc = store().jdbc();
        long incident = Fixtures.incident(jdbc, 1);
        Fixtures.timelineEvent(jdbc, incident, "e1");
        try (Connection connection = store().dataSource().getConnection()) {
            long inner = CompiledStatements.with(connection, COUNT, outer -> {
                outer.setLong(1, incident);
                try (var rows = outer.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) + count(connection, incident);
                }
            });
            assertThat(inner).isEqualTo(2);
        }
    }

    @Test
    void shouldKeepOnlyTheMostRecentlyUsedStatementsOfAConnection() throws SQLException {
        List<PreparedStatement> used = new ArrayList<>();
        try (Connection connection = store().dataSource().getConnection()) {
            for (int i = 0; i <= CompiledStatements.PER_CONNECTION; i++) {
                CompiledStatements.with(connection, "SELECT " + i, used::add);
            }
        }
        assertThat(used.get(0).isClosed()).as("the least recently used, closed").isTrue();
        assertThat(used.get(1).isClosed()).isFalse();
    }

    private static void bind(PreparedStatement statement, int seq, String channel, String key) throws SQLException {
        statement.setInt(1, seq);
        statement.setString(2, channel);
        statement.setString(3, key);
    }

    private static long count(Connection connection, long incident) throws SQLException {
        return CompiledStatements.with(connection, COUNT, count -> {
            count.setLong(1, incident);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
