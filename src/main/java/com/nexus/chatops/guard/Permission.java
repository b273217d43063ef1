package com.nexus.chatops.guard;

import java.util.concurrent.atomic.AtomicBoolean;

/** What {@link Permissions} decided for one attempt; an allowed one is audited once, with what came of it. */
public final class Permission {
    private final Attempt attempt;
    private final Decision decision;
    private final Audits audits;
    private final AtomicBoolean recorded = new AtomicBoolean();

    Permission(Attempt attempt, Decision decision, Audits audits) {
        this.attempt = attempt;
        this.decision = decision;
        this.audits = audits;
    }

    public boolean allowed() {
        return !decision.denied();
    }

    /** The denying rule's reason, which names the nexus.yml rule or role that would have to change. */
    public String denial() {
        return decision.denial().map(Verdict::reason).orElseThrow(() -> new IllegalStateException("not denied"));
    }

    /** Audits the verdict with the outcome of the allowed action; only the first call counts. */
    public void done(String outcome, String error) {
        if (allowed() && recorded.compareAndSet(false, true)) {
            audits.attempt(attempt, decision.verdict(), decision.reason(), outcome, error);
        }
    }
}
