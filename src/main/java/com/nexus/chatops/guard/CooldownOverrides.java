package com.nexus.chatops.guard;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PolicyRule;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A lead lifting a cooldown, with a reason: the denied request was kept (held, never runnable); the override
 * is single use, audited with its reason, and re-issues the request with only the cooldown rule waived — every
 * other rule, the preview, the requester's Confirm and any approvals still apply.
 */
public final class CooldownOverrides {
    private final Ledger ledger;
    private final GuardChain chain;
    private final List<String> overriders;
    private final ActionFlow flow;
    private final Execution execution;

    /** @param overriders the roles whose members may override a cooldown ({@link #roles}) */
    public CooldownOverrides(Ledger ledger, GuardChain chain, List<String> overriders, ActionFlow flow,
                             Execution execution) {
        this.ledger = ledger;
        this.chain = chain;
        this.overriders = List.copyOf(overriders);
        this.flow = flow;
        this.execution = execution;
    }

    /** Who may override: the policy's approver roles, and a role named leads. */
    public static List<String> roles(NexusConfig config) {
        Set<String> roles = new LinkedHashSet<>();
        config.policy().stream().map(PolicyRule::approvers).forEach(roles::addAll);
        config.role("leads").ifPresent(r -> roles.add("leads"));
        return List.copyOf(roles);
    }

    /** Why this user may not override this held request (audited), or empty when the form may open. */
    public Optional<String> refusal(String pendingId, String user) {
        Optional<PendingAction> found = ledger.pending().find(pendingId);
        if (found.isEmpty()) {
            ledger.audits().unknown("override", user, null, pendingId);
            return Optional.of("this button does not belong to any cooldown denial nexus knows");
        }
        Optional<String> why = check(found.get(), user);
        why.ifPresent(w -> ledger.audits().pending(found.get(), user, found.get().channel(), "deny",
                "cooldown override refused: " + w, "refused", null));
        return why;
    }

    public Answer override(String pendingId, String user, String reason) {
        String why = reason == null ? "" : reason.strip();
        Optional<String> refusal = refusal(pendingId, user);
        if (refusal.isPresent()) {
            return new Answer.OverrideRefused(refusal.get());
        }
        PendingAction held = ledger.pending().find(pendingId).orElseThrow();
        Optional<String> late = why.isEmpty() ? Optional.of("a reason is required")
                : !ledger.pending().cancel(held.id(), ledger.clock().instant())
                ? Optional.of("it was already overridden or expired a moment ago") : Optional.empty();
        if (late.isPresent()) {
            ledger.audits().pending(held, user, held.channel(), "deny", "cooldown override refused: " + late.get(),
                    "refused", null);
            return new Answer.OverrideRefused(late.get());
        }
        CooldownOverride override = new CooldownOverride(user, why);
        ledger.audits().pending(held, user, held.channel(), "override", "cooldown overridden by " + user + ": "
                + override.reason(), "overridden", null);
        execution.settle(held, new Settlement.Overridden(override));
        return new Answer.Overridden(held.requester(), held.request(), flow.reissue(held, override));
    }

    private Optional<String> check(PendingAction p, String user) {
        Instant now = ledger.clock().instant();
        if (!p.held()) {
            return Optional.of("it is not a cooldown denial");
        }
        if (p.state() != PendingState.PENDING || p.expiredAt(now)) {
            return Optional.of("it was already overridden or has expired; run the command again");
        }
        if (overriders.isEmpty() || !chain.roles().holdsAny(user, overriders)) {
            return Optional.of("only members of " + (overriders.isEmpty() ? "an approver role"
                    : String.join(", ", overriders)) + " can override a cooldown");
        }
        return Optional.empty();
    }
}
