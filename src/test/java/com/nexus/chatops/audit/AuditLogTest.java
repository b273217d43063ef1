package com.nexus.chatops.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.store.Database;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hash chain on both backends: a real history verifies, a record altered in the database is named. */
class AuditLogTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    @TempDir
    Path dir;

    static AuditRecord record(int i) {
        return new AuditRecord(T0.plusMillis(i * 1_001L), "U00000000" + (i % 7), "C0INCIDENT", i % 3 == 0 ? null : 7L,
                i % 2 == 0 ? "k8s.rollback" : "k8s.pods", "core-api", "{\"toRevision\":\"" + i + "\"}",
                i % 5 == 0 ? "deny" : "allow", "rule " + i, i % 5 == 0 ? null : "done", null);
    }

    static void history(AuditLog log, int n) {
        for (int i = 1; i <= n; i++) {
            log.append(record(i));
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldVerifyTheWholeChainWhenNothingWasTouched(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            AuditLog log = new AuditLog(store.database().jdbc());
            history(log, 1_000);

            Verification result = new AuditVerifier(log).verify();

            assertThat(result.intact()).isTrue();
            assertThat(result.count()).isEqualTo(1_000);
            assertThat(result.headHash()).isEqualTo(log.page(999, 1).get(0).hash());
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldNameTheAlteredRecordWhenSomeoneWithDatabaseAccessEditsIt(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            AuditLog log = new AuditLog(store.database().jdbc());
            history(log, 1_000);

            tamper(store.database(), "UPDATE audit_log SET outcome = 'cancelled' WHERE seq = 617");
            Verification result = new AuditVerifier(log).verify();

            assertThat(result.broken()).hasValueSatisfying(b -> {
                assertThat(b.seq()).isEqualTo(617);
                assertThat(b.why()).contains("altered");
            });
            assertThat(result.count()).isEqualTo(616);
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldNameTheGapWhenARecordIsDeleted(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            AuditLog log = new AuditLog(store.database().jdbc());
            history(log, 20);

            tamper(store.database(), "DELETE FROM audit_log WHERE seq = 12");

            assertThat(new AuditVerifier(log).verify().broken()).hasValueSatisfying(b -> {
                assertThat(b.seq()).isEqualTo(13);
                assertThat(b.why()).contains("record 12 is missing");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldKeepOneUnforkedChainWhenWritersRace(String backend) throws Exception {
        try (var store = TestStores.open(backend, dir)) {
            AuditLog log = new AuditLog(store.database().jdbc());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<ChainedRecord>> appends = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                int n = i;
                appends.add(pool.submit(() -> log.append(record(n))));
            }
            for (Future<ChainedRecord> f : appends) {
                f.get();
            }
            pool.shutdown();

            Verification result = new AuditVerifier(log).verify();
            assertThat(result.intact()).isTrue();
            assertThat(result.count()).isEqualTo(40);
        }
    }

    /** An attacker with database access first removes the append-only guard, then edits. */
    static void tamper(Database db, String sql) {
        String trigger = sql.startsWith("DELETE") ? "audit_log_no_delete" : "audit_log_no_update";
        if (db.isPostgres()) {
            db.jdbc().update("ALTER TABLE audit_log DISABLE TRIGGER " + trigger);
        } else {
            db.jdbc().update("DROP TRIGGER " + trigger);
        }
        db.jdbc().update(sql);
    }
}
