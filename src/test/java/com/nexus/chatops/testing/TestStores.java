package com.nexus.chatops.testing;

import com.nexus.chatops.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Stores for tests of code that keeps state: an SQLite file, or a fresh schema on the real PostgreSQL
 * (skipped when PostgreSQL is unreachable, a failure under CI=true). Close the returned handle to clean up.
 */
public final class TestStores {
    private TestStores() {}

    /** A store that removes what it made when closed. */
    public record Handle(String url, Database database, Runnable cleanup) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
            cleanup.run();
        }
    }

    public static Handle sqlite(Path dir) {
        String url = "jdbc:sqlite:" + dir.resolve("nexus.db");
        return new Handle(url, Database.open(url), () -> { });
    }

    public static Handle postgres() {
        PostgresTarget.requireReachable(PostgresTarget.baseUrl(), System.getenv());
        String schema = PostgresTarget.freshSchemaName();
        String url = PostgresTarget.withSchema(PostgresTarget.baseUrl(), schema);
        return new Handle(url, Database.open(url), () -> PostgresTarget.dropSchema(PostgresTarget.baseUrl(), schema));
    }

    /** For {@code @ParameterizedTest @MethodSource}: the two backends by name. */
    public static java.util.stream.Stream<Arguments> backends() {
        return java.util.stream.Stream.of(Arguments.of("sqlite"), Arguments.of("postgresql"));
    }

    public static Handle open(String backend, Path dir) {
        return "postgresql".equals(backend) ? postgres() : sqlite(dir);
    }
}
