package com.nexus.chatops.guard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** who: the user holds a role that some applicable policy rule allows for this action. */
public final class WhoRule implements GuardRule {
    static final String NAME = "who";

    @Override
    public Verdict check(Context c) {
        Attempt a = c.attempt();
        List<Context.Numbered> granting = c.granting();
        if (granting.isEmpty()) {
            return Verdict.deny(NAME, "no policy rule allows " + a.action() + severityNote(a)
                    + " — add a rule to policy: in nexus.yml with actions: [" + a.action()
                    + "] and the roles that may run it under allow:");
        }
        List<Context.Numbered> mine = c.grantingToUser();
        if (mine.isEmpty()) {
            Set<String> roles = new LinkedHashSet<>();
            granting.forEach(n -> roles.addAll(n.rule().allow()));
            String rules = String.join(", ", granting.stream().map(Context.Numbered::label).toList());
            String problems = c.membership().problems().isEmpty() ? ""
                    : " (" + String.join("; ", c.membership().problems()) + ")";
            return Verdict.deny(NAME, "no policy rule allows " + a.action() + " for you (" + a.actor() + ")"
                    + problems + " — add your user or a group you are in to a role listed in the rule for "
                    + a.action() + " (" + rules + " allows " + String.join(", ", roles) + ")");
        }
        return Verdict.allow(NAME, a.actor() + " holds " + String.join(", ", c.membership().roles())
                + " (" + mine.get(0).label() + ")");
    }

    private static String severityNote(Attempt a) {
        return a.severity() == null ? "" : " at " + a.severity();
    }
}
