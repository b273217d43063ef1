package com.nexus.chatops.guard;

import com.nexus.chatops.config.NexusConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules in order: who, where, what, bounds, then (for real writes) cooldown, confirmation and approval.
 * The first denial ends the chain; anything no rule allows is denied by who.
 */
public final class GuardChain {
    private final NexusConfig config;
    private final Roles roles;
    private final List<GuardRule> always;
    private final List<GuardRule> forChanges;

    public GuardChain(NexusConfig config, Roles roles, PendingActions pending, java.time.Clock clock) {
        this.config = config;
        this.roles = roles;
        this.always = List.of(new WhoRule(), new WhereRule(), new WhatRule(), new BoundsRule());
        this.forChanges = List.of(new CooldownRule(pending, clock), new ConfirmRule(), new ApprovalRule());
    }

    /** @param changes true for a write that will really run (not a read, not a dry run) */
    public Decision evaluate(Attempt attempt, boolean changes) {
        Context context = new Context(attempt, config, roles);
        List<Verdict> verdicts = new ArrayList<>();
        List<GuardRule> rules = new ArrayList<>(always);
        if (changes) {
            rules.addAll(forChanges);
        }
        for (GuardRule rule : rules) {
            Verdict v = rule.check(context);
            verdicts.add(v);
            if (v.denied()) {
                break;
            }
        }
        return new Decision(verdicts);
    }

    /** Whether any rule applicable here grants the action to someone (incident commands are open otherwise). */
    public boolean governs(Attempt attempt) {
        return !new Context(attempt, config, roles).granting().isEmpty();
    }

    public Roles roles() {
        return roles;
    }
}
