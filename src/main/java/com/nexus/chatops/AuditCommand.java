package com.nexus.chatops;

import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditVerifier;
import com.nexus.chatops.audit.Verification;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.store.Database;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `nexus audit verify`: recompute the audit chain in NEXUS_DB_URL and name the first broken record. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit log.")
final class AuditCommand {
    static final int BROKEN = 1;

    @Spec
    CommandSpec spec;

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the audit log's hash chain; exit 1 naming the first broken record, else 0.")
    int verify() {
        return verify(Env.from(System.getenv()).dbUrl(), spec.commandLine().getOut());
    }

    static int verify(String dbUrl, PrintWriter out) {
        try (Database database = Database.open(dbUrl)) {
            Verification result = new AuditVerifier(new AuditLog(database.jdbc())).verify();
            if (result.broken().isPresent()) {
                Verification.Broken b = result.broken().get();
                out.println("audit log BROKEN at record " + b.seq() + ": " + b.why());
                out.println(result.count() + " records before it verify; last good hash " + result.headHash());
                return BROKEN;
            }
            out.println("audit log intact: " + result.count() + " records, head hash " + result.headHash());
            return 0;
        } finally {
            out.flush();
        }
    }
}
