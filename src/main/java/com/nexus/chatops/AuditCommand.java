package com.nexus.chatops;

import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditVerifier;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.audit.Verification;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.store.Database;
import com.nexus.chatops.store.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `nexus audit verify`: recompute the audit chain in NEXUS_DB_URL and name the first broken record. The head it
 * prints ({@code <seq>:<hash>}) is meant to be kept elsewhere: given back as {@code --expect-head}, it proves that
 * no record up to it was removed from the end of the log.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit log.")
final class AuditCommand {
    static final int BROKEN = 1;
    static final int NO_STORE = 2;
    private static final Pattern HEAD = Pattern.compile("(\\d+):([0-9a-f]{64})");

    @Spec
    CommandSpec spec;

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the audit log's hash chain in the store NEXUS_DB_URL names.",
                    "Exit 0 when intact (the head is printed as <seq>:<hash>; keep it elsewhere), 1 when a record"
                            + " was altered or removed (named), 2 when there is no such store or the arguments are"
                            + " wrong. A missing store is never created."})
    int verify(@Option(names = "--expect-head", paramLabel = "<seq>:<hash>",
            description = "A head printed by an earlier verify: fail unless that record is still there, unchanged.")
               String expectHead) {
        return verify(Env.from(System.getenv()).dbUrl(), expectHead, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    static int verify(String dbUrl, String expectHead, PrintWriter out, PrintWriter err) {
        Matcher expected = expectHead == null ? null : HEAD.matcher(expectHead.strip());
        if (expected != null && !expected.matches()) {
            err.println("nexus: --expect-head must be <seq>:<hash> as verify printed it, e.g. 42:"
                    + "0f3a…(64 hex digits); got " + expectHead);
            err.flush();
            return NO_STORE;
        }
        try (Database database = Database.openExisting(dbUrl)) {
            AuditLog log = new AuditLog(database.jdbc());
            Verification result = new AuditVerifier(log).verify();
            if (result.broken().isPresent()) {
                Verification.Broken b = result.broken().get();
                out.println("audit log BROKEN at record " + b.seq() + ": " + b.why());
                out.println(result.count() + " records before it verify; last good hash " + result.headHash());
                return BROKEN;
            }
            if (expected != null && !holdsHead(log, result, Long.parseLong(expected.group(1)), expected.group(2), out)) {
                return BROKEN;
            }
            out.println("audit log intact: " + result.count() + " records, head hash " + result.headHash());
            out.println("head " + result.count() + ":" + result.headHash()
                    + "  (keep this elsewhere; `nexus audit verify --expect-head` with it proves nothing up to it"
                    + " was removed)");
            return 0;
        } catch (StoreException e) {
            err.println("nexus: cannot verify the audit log: " + e.getMessage() + " (nothing was created)");
            return NO_STORE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The kept head must still be in the (intact) chain, with the same hash. */
    private static boolean holdsHead(AuditLog log, Verification result, long seq, String hash, PrintWriter out) {
        if (seq > result.count()) {
            out.println("audit log BROKEN: it ends at record " + result.count() + " but the kept head is record "
                    + seq + ": records " + (result.count() + 1) + " to " + seq + " were removed");
            return false;
        }
        if (seq == 0) {
            return true; // kept before the first record: nothing to prove
        }
        List<ChainedRecord> at = log.page(seq - 1, 1);
        if (at.isEmpty() || !at.get(0).hash().equals(hash)) {
            out.println("audit log BROKEN: record " + seq + " no longer has the kept head's hash " + hash
                    + ": the log was rewritten from there");
            return false;
        }
        return true;
    }
}
