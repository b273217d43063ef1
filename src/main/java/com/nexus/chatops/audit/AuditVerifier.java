package com.nexus.chatops.audit;

import java.util.List;
import java.util.Optional;

/**
 * Walks audit_log from the first record and recomputes every hash. The first record that breaks the chain is
 * named: altered contents (its hash no longer matches), a removed or replaced predecessor (prev_hash differs),
 * or a gap in the numbering.
 */
public final class AuditVerifier {
    private static final int PAGE = 500;
    private final AuditLog log;

    public AuditVerifier(AuditLog log) {
        this.log = log;
    }

    public Verification verify() {
        long count = 0;
        long lastSeq = 0;
        String lastHash = Canonical.GENESIS;
        while (true) {
            List<ChainedRecord> page = log.page(lastSeq, PAGE);
            if (page.isEmpty()) {
                return new Verification(count, lastHash, Optional.empty());
            }
            for (ChainedRecord r : page) {
                Optional<Verification.Broken> broken = check(r, lastSeq, lastHash);
                if (broken.isPresent()) {
                    return new Verification(count, lastHash, broken);
                }
                count++;
                lastSeq = r.seq();
                lastHash = r.hash();
            }
        }
    }

    private static Optional<Verification.Broken> check(ChainedRecord r, long lastSeq, String lastHash) {
        if (r.seq() != lastSeq + 1) {
            return broken(r.seq(), "the numbering jumps from " + lastSeq + " to " + r.seq()
                    + ": record " + (lastSeq + 1) + " is missing");
        }
        if (!lastHash.equals(r.prevHash())) {
            return broken(r.seq(), "its prev_hash does not match the hash of record " + lastSeq
                    + ": record " + lastSeq + " was altered, removed or replaced");
        }
        if (!Canonical.hash(r.prevHash(), r.seq(), r.record()).equals(r.hash())) {
            return broken(r.seq(), "its contents no longer match its hash: it was altered after it was written");
        }
        return Optional.empty();
    }

    private static Optional<Verification.Broken> broken(long seq, String why) {
        return Optional.of(new Verification.Broken(seq, why));
    }
}
