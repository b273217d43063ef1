package com.nexus.chatops.guard;

import java.util.Optional;

/** confirmation: any rule that applies here asking for confirm makes the requester click Confirm first. */
public final class ConfirmRule implements GuardRule {
    static final String NAME = "confirm";

    @Override
    public Verdict check(Context c) {
        Optional<Context.Numbered> asking = c.conditionsHere().stream().filter(n -> n.rule().confirm()).findFirst();
        return asking.map(n -> Verdict.confirm(NAME, "the requester must confirm (" + n.label() + ")"))
                .orElseGet(() -> Verdict.allow(NAME, "no confirmation asked"));
    }
}
