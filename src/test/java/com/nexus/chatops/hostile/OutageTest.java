package com.nexus.chatops.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.PostgresTarget;
import com.nexus.chatops.testing.RunningNexus;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** `/readyz` while the store stops taking writes that last: 503 with the reason, not `SELECT 1`'s 200. */
class OutageTest {
    @TempDir
    Path dir;

    /** A store as the case leaves it: the URL nexus runs on, and what happens to it once nexus is up. */
    interface Store {
        String url(Path dir) throws Exception;

        default void breakIt(Path dir) throws Exception {
        }

        default void cleanUp() {
        }
    }

    record Case(String name, Store store, int status, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("control: SQLite file in place", dir -> sqlite(dir), 200, "store writable"),
                new Case("SQLite file deleted while open", new Store() {
                    public String url(Path dir) {
                        return sqlite(dir);
                    }

                    public void breakIt(Path dir) throws Exception {
                        for (String suffix : new String[] {"", "-wal", "-shm"}) {
                            Files.deleteIfExists(dir.resolve("nexus.db" + suffix));
                        }
                    }
                }, 503, "no longer exists"),
                new Case("SQLite file replaced by a copy while open", new Store() {
                    public String url(Path dir) {
                        return sqlite(dir);
                    }

                    public void breakIt(Path dir) throws Exception {
                        Path db = dir.resolve("nexus.db");
                        Files.copy(db, dir.resolve("copy.db"));
                        Files.move(dir.resolve("copy.db"), db, StandardCopyOption.REPLACE_EXISTING);
                    }
                }, 503, "was replaced"),
                new Case("SQLite writes held off by another process's exclusive lock", new Locked() {
                    String location(Path dir) {
                        return sqlite(dir);
                    }

                    Connection lock(String url) throws Exception {
                        Connection c = DriverManager.getConnection(url);
                        c.createStatement().execute("BEGIN EXCLUSIVE");
                        return c;
                    }
                }, 503, "did not take a write"),
                new Case("PostgreSQL heartbeat table locked by another session", new Locked() {
                    private String schema;

                    String location(Path dir) {
                        schema = PostgresTarget.freshSchemaName();
                        return PostgresTarget.withSchema(PostgresTarget.baseUrl(), schema);
                    }

                    Connection lock(String url) throws Exception {
                        Connection c = DriverManager.getConnection(url, "postgres", "");
                        c.setAutoCommit(false);
                        c.createStatement().execute("LOCK TABLE store_heartbeat IN ACCESS EXCLUSIVE MODE");
                        return c;
                    }

                    @Override
                    public void cleanUp() {
                        super.cleanUp();
                        PostgresTarget.dropSchema(PostgresTarget.baseUrl(), schema);
                    }
                }, 503, "did not take a write"));
    }

    /** Another process holds the store's write lock (a stuck writer, a backup, a failing disk look the same). */
    abstract static class Locked implements Store {
        private Connection held;
        private String url;

        abstract String location(Path dir);

        abstract Connection lock(String url) throws Exception;

        @Override
        public final String url(Path dir) {
            url = location(dir);
            return url;
        }

        @Override
        public void breakIt(Path dir) throws Exception {
            held = lock(url);
        }

        @Override
        public void cleanUp() {
            try {
                if (held != null) {
                    held.rollback();
                    held.close();
                }
            } catch (Exception ignored) {
                // the store is dropped next
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldSayReadyOnlyWhileTheStoreTakesWrites(Case c) throws Exception {
        try (FakeSlack slack = FakeSlack.start()) {
            String url = c.store().url(dir);
            try (RunningNexus nexus = RunningNexus.start(slack, url)) {
                assertThat(nexus.get("/readyz").statusCode()).as("ready before").isEqualTo(200);
                c.store().breakIt(dir);
                HttpResponse<String> ready = nexus.get("/readyz");
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(c.status());
                assertThat(ready.body()).contains(c.reason());
            } finally {
                c.store().cleanUp();
            }
        }
    }

    private static String sqlite(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("nexus.db");
    }
}
