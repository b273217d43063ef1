package com.nexus.chatops.audit;

import java.util.Optional;

/** The result of walking the chain: how many records, the head hash, and the first broken record if any. */
public record Verification(long count, String headHash, Optional<Broken> broken) {
    /** The first record that does not fit the chain, and why, in words an auditor can act on. */
    public record Broken(long seq, String why) {}

    public boolean intact() {
        return broken.isEmpty();
    }
}
