package com.nexus.chatops.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sqlite.SQLiteConnection;

/**
 * SQLite compiles a statement's SQL on every {@code prepareStatement}: sqlite-jdbc keeps no statement cache
 * (xerial/sqlite-jdbc#614) and Hikari leaves caching to the driver. Under load, compiling cost a status read twice
 * what running it did. So each SQLite connection keeps its statements compiled, by SQL text, as long as it lives
 * (the {@value #PER_CONNECTION} most recently used). A pooled connection serves one thread at a time, and so do its
 * statements. PostgreSQL's driver keeps its own server-side cache; its statements are prepared and closed as usual.
 */
final class CompiledStatements {
    static final int PER_CONNECTION = 64;
    /**
     * Weak keys, compared by identity: a connection the pool retires drops out with its statements, which closing
     * the connection has finalized.
     */
    private static final Cache<SQLiteConnection, Map<String, PreparedStatement>> BY_CONNECTION = Caffeine.newBuilder()
            .weakKeys().executor(Runnable::run).build();

    private CompiledStatements() {
    }

    /** What is done with a statement; it is handed over with no parameters bound and must not be closed. */
    interface Use<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    static <T> T with(Connection connection, String sql, Use<T> use) throws SQLException {
        if (!connection.isWrapperFor(SQLiteConnection.class)) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return use.run(statement);
            }
        }
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        Map<String, PreparedStatement> compiled = BY_CONNECTION.get(sqlite, c -> new Recent());
        // taken out while in use: the same SQL run again inside this use (a nested call) compiles a copy of its own
        PreparedStatement statement = compiled.remove(sql);
        if (statement == null) {
            statement = sqlite.prepareStatement(sql);
        }
        T result;
        try {
            result = use.run(statement);
            statement.clearParameters();
        } catch (SQLException | RuntimeException | Error e) {
            // a statement that failed half-way is not trusted again
            closeQuietly(statement, e);
            throw e;
        }
        PreparedStatement copy = compiled.put(sql, statement);
        if (copy != null) {
            closeQuietly(copy, null);
        }
        return result;
    }

    private static void closeQuietly(PreparedStatement statement, Throwable failure) {
        try {
            statement.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
            // otherwise it was only being let go: the connection finalizes it when it closes in any case
        }
    }

    /** A connection's statements, least recently used first; past the limit the oldest is closed. */
    private static final class Recent extends LinkedHashMap<String, PreparedStatement> {
        Recent() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= PER_CONNECTION) {
                return false;
            }
            closeQuietly(eldest.getValue(), null);
            return true;
        }
    }
}
