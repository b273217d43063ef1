package com.nexus.chatops.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.store.Database;
import com.nexus.chatops.testing.NexusProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `nexus audit verify` against what a careless operator or an intruder leaves: a wrong path, a log whose newest
 * records were deleted (or deleted and written again), checked against a head kept elsewhere.
 */
class AuditWitnessTest {
    @TempDir
    Path dir;

    /**
     * @param tamper what happens to the 30-record log after its head was kept (given the store and the head);
     *               returns the arguments for verify
     */
    record Case(String name, BiFunction<Path, String, List<String>> tamper, int exit, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("control: nothing touched, head given back", (db, head) -> expect(head), 0, "intact: 30"),
                new Case("newest two records deleted, head given back", (db, head) -> {
                    sql(db, "DELETE FROM audit_log WHERE seq >= 29");
                    return expect(head);
                }, 1, "records 29 to 30 were removed"),
                new Case("newest record deleted and another written in its place", (db, head) -> {
                    sql(db, "DELETE FROM audit_log WHERE seq = 30");
                    try (Database store = Database.open(url(db))) {
                        new AuditLog(store.jdbc()).append(record(99));
                    }
                    return expect(head);
                }, 1, "no longer has the kept head's hash"),
                new Case("head in the wrong shape", (db, head) -> List.of("--expect-head", "thirty"), 2,
                        "--expect-head must be <seq>:<hash>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldProveNothingAfterTheKeptHeadWasRemoved(Case c) {
        Path db = dir.resolve("nexus.db");
        try (Database store = Database.open(url(db))) {
            AuditLog log = new AuditLog(store.jdbc());
            for (int i = 1; i <= 30; i++) {
                log.append(record(i));
            }
        }
        NexusProcess.Result first = run(db, List.of());
        String head = first.stdout().lines().filter(l -> l.startsWith("head ")).findFirst().orElseThrow()
                .split("\\s+")[1];
        assertThat(head).startsWith("30:");

        NexusProcess.Result result = run(db, c.tamper().apply(db, head));

        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(c.exit());
        assertThat(result.stdout() + result.stderr()).contains(c.says());
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseAStoreThatDoesNotExistAndCreateNothing() {
        Path missing = dir.resolve("typo").resolve("nexsu.db");
        NexusProcess.Result result = run(missing, List.of());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("does not exist");
        assertThat(result.stdout()).doesNotContain("intact");
        assertThat(Files.exists(missing)).isFalse();
        assertThat(Files.exists(missing.getParent())).isFalse();
    }

    private static NexusProcess.Result run(Path db, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("audit", "verify"));
        args.addAll(extra);
        return NexusProcess.run(db.getParent() != null && Files.isDirectory(db.getParent()) ? db.getParent()
                : Path.of(System.getProperty("java.io.tmpdir")), Map.of("NEXUS_DB_URL", url(db)), "",
                args.toArray(String[]::new));
    }

    private static List<String> expect(String head) {
        return List.of("--expect-head", head);
    }

    private static String url(Path db) {
        return "jdbc:sqlite:" + db;
    }

    /** Past the log's own triggers, as someone with the database file can. */
    private static void sql(Path db, String statement) {
        try (Database store = Database.open(url(db))) {
            store.jdbc().update("DROP TRIGGER IF EXISTS audit_log_no_delete");
            store.jdbc().update(statement);
        }
    }

    private static AuditRecord record(int i) {
        return new AuditRecord(Instant.parse("2026-11-24T10:00:00Z").plusSeconds(i), "U0000000" + (i % 7 + 10),
                "C0INCIDENT", null, "k8s.rollback", "core-api", "{\"toRevision\":\"" + i + "\"}", "allow",
                "rule " + i, "done", null);
    }
}
