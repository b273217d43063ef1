package com.nexus.chatops.guard;

import java.util.List;

/** where: at least one rule granting the action to this user covers this channel. */
public final class WhereRule implements GuardRule {
    static final String NAME = "where";

    @Override
    public Verdict check(Context c) {
        Attempt a = c.attempt();
        List<Context.Numbered> here = c.grantingHere();
        if (!here.isEmpty()) {
            return Verdict.allow(NAME, a.place() + " is covered by " + here.get(0).label()
                    + " (where: " + here.get(0).rule().where() + ")");
        }
        Context.Numbered first = c.grantingToUser().get(0);
        String what = switch (first.rule().where().scope()) {
            case INCIDENT_CHANNELS -> "only in incident channels, and " + a.place() + " is not one — run it in"
                    + " the incident's channel";
            case LISTED -> "only in " + first.rule().where() + ", not in " + a.place();
            case ANY -> "nowhere here";
        };
        return Verdict.deny(NAME, a.action() + " is allowed for you " + what + " (" + first.label() + ", where: "
                + first.rule().where() + "); to allow it here, change that rule's where:");
    }
}
