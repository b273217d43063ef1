package com.nexus.chatops.guard;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * two-person approval: the strictest approvals count among the rules that apply here (e.g. rollback at sev1);
 * approvers are the roles those rules name. The requester never counts.
 */
public final class ApprovalRule implements GuardRule {
    static final String NAME = "approval";

    @Override
    public Verdict check(Context c) {
        Optional<Context.Numbered> strictest = c.conditionsHere().stream().filter(n -> n.rule().approvals() > 0)
                .max(Comparator.comparingInt(n -> n.rule().approvals()));
        if (strictest.isEmpty()) {
            return Verdict.allow(NAME, "no approval asked");
        }
        int count = strictest.get().rule().approvals();
        Set<String> approvers = new LinkedHashSet<>();
        c.conditionsHere().stream().filter(n -> n.rule().approvals() == count)
                .forEach(n -> approvers.addAll(n.rule().approvers()));
        String at = c.attempt().severity() == null ? "" : " at " + c.attempt().severity();
        return Verdict.approve(NAME, count + " approval" + (count == 1 ? "" : "s") + " from "
                + String.join(", ", approvers) + " needed" + at + " (" + strictest.get().label()
                + "); the requester cannot approve", count, List.copyOf(approvers));
    }
}
