package com.nexus.chatops.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an SQLite file, plus what only SQLite has: pragmas, file placement, in-memory. */
class SqliteStoreTest extends StoreTestBase {

    @TempDir
    Path dir;

    @Override
    public String storeUrl() {
        return "jdbc:sqlite:" + dir.resolve("nexus.db");
    }

    @Test
    void shouldApplyPragmasOnEveryPooledConnectionWhenOpened() throws SQLException {
        // Given every connection the pool can hand out, held at once
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                held.add(store().dataSource().getConnection());
            }
            // Then each one runs with WAL, a busy timeout and enforced foreign keys
            for (Connection connection : held) {
                assertThat(pragma(connection, "journal_mode")).isEqualToIgnoringCase("wal");
                assertThat(pragma(connection, "busy_timeout")).isEqualTo("5000");
                assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void shouldCreateMissingDirectoriesWhenFileLivesInNewFolder() {
        // Given a database path whose folders do not exist yet
        Path file = dir.resolve("var/lib/nexus/state.db");

        // When the store opens there
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            // Then the file is created and usable
            assertThat(db.inbox().firstSeen("slack", "Ev1")).isTrue();
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void shouldWorkInMemoryWhenUrlNamesNoFile() {
        try (Database db = Database.open("jdbc:sqlite::memory:")) {
            assertThat(db.inbox().firstSeen("slack", "Ev1")).isTrue();
            assertThat(db.inbox().firstSeen("slack", "Ev1")).isFalse();
            assertThat(db.isPostgres()).isFalse();
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
