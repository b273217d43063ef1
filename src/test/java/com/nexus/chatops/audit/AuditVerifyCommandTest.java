package com.nexus.chatops.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.store.Database;
import com.nexus.chatops.testing.NexusProcess;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `java -jar nexus.jar audit verify` as an operator runs it, in a child JVM against NEXUS_DB_URL. */
class AuditVerifyCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldPrintCountAndHeadThenFailNamingTheRecordWhenTheLogIsAltered() {
        String url = "jdbc:sqlite:" + dir.resolve("nexus.db");
        String head;
        try (Database db = Database.open(url)) {
            AuditLog log = new AuditLog(db.jdbc());
            AuditLogTest.history(log, 30);
            head = log.page(29, 1).get(0).hash();
        }
        Map<String, String> env = Map.of("NEXUS_DB_URL", url);

        NexusProcess.Result intact = NexusProcess.run(dir, env, "", "audit", "verify");
        try (Database db = Database.open(url)) {
            AuditLogTest.tamper(db, "UPDATE audit_log SET actor = 'U0SOMEONE' WHERE seq = 9");
        }
        NexusProcess.Result broken = NexusProcess.run(dir, env, "", "audit", "verify");

        assertThat(intact.exitCode()).isZero();
        assertThat(intact.stdout()).contains("30 records").contains(head);
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.stdout()).contains("record 9").contains("altered");
    }
}
