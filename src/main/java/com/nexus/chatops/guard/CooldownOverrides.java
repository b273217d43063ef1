package com.nexus.chatops.guard;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PolicyRule;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Texts;
import com.nexus.chatops.slack.Reply;
import java.time.Clock;
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
    /** Marks a stored request as a cooldown denial awaiting a lead, not a confirmation. */
    public static final String HELD = "held";
    public static final String BY = "override.by";
    public static final String REASON = "override.reason";
    static final int MAX_REASON = 500;

    private final NexusConfig config;
    private final PendingActions pending;
    private final GuardChain chain;
    private final Audits audits;
    private final Execution execution;
    private final ActionFlow flow;
    private final Clock clock;

    CooldownOverrides(NexusConfig config, PendingActions pending, GuardChain chain, Audits audits,
                      Execution execution, ActionFlow flow, Clock clock) {
        this.config = config;
        this.pending = pending;
        this.chain = chain;
        this.audits = audits;
        this.execution = execution;
        this.flow = flow;
        this.clock = clock;
    }

    /** Who may override: the policy's approver roles, and a role named leads. */
    static List<String> roles(NexusConfig config) {
        Set<String> roles = new LinkedHashSet<>();
        config.policy().stream().map(PolicyRule::approvers).forEach(roles::addAll);
        config.role("leads").ifPresent(r -> roles.add("leads"));
        return List.copyOf(roles);
    }

    /** Why this user may not override this held request (audited), or empty when the form may open. */
    public Optional<String> refusal(String pendingId, String user) {
        Optional<PendingAction> found = pending.find(pendingId);
        if (found.isEmpty()) {
            audits.unknown("override", user, null, pendingId);
            return Optional.of("this button does not belong to any cooldown denial nexus knows");
        }
        Optional<String> why = check(found.get(), user);
        why.ifPresent(w -> audits.pending(found.get(), user, found.get().channel(), "deny",
                "cooldown override refused: " + w, "refused", null));
        return why;
    }

    public Reply override(String pendingId, String user, String reason) {
        String why = reason == null ? "" : reason.strip();
        Optional<String> refusal = refusal(pendingId, user);
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        PendingAction held = pending.find(pendingId).orElseThrow();
        Optional<String> late = why.isEmpty() ? Optional.of("a reason is required")
                : !pending.cancel(held.id(), clock.instant())
                ? Optional.of("it was already overridden or expired a moment ago") : Optional.empty();
        if (late.isPresent()) {
            audits.pending(held, user, held.channel(), "deny", "cooldown override refused: " + late.get(),
                    "refused", null);
            return refused(late.get());
        }
        String cut = Texts.cut(why, MAX_REASON);
        audits.pending(held, user, held.channel(), "override", "cooldown overridden by " + user + ": " + cut,
                "overridden", null);
        execution.settle(held, ":unlock: Cooldown overridden by <@" + user + ">: " + Mrkdwn.escape(cut));
        Reply reissued = flow.reissue(held, user, cut);
        return Replies.notice(":unlock: You overrode the cooldown for <@" + held.requester() + ">'s "
                + Describe.request(held.request()) + " (audited with your reason). " + reissued.text());
    }

    private static Reply refused(String why) {
        return Replies.notice(":no_entry: Cooldown override refused: " + why + ".");
    }

    private Optional<String> check(PendingAction p, String user) {
        Instant now = clock.instant();
        if (p.request().param(HELD).isEmpty()) {
            return Optional.of("it is not a cooldown denial");
        }
        if (p.state() != PendingState.PENDING || p.expiredAt(now)) {
            return Optional.of("it was already overridden or has expired; run the command again");
        }
        List<String> roles = roles(config);
        if (roles.isEmpty() || !chain.roles().holdsAny(user, roles)) {
            return Optional.of("only members of " + (roles.isEmpty() ? "an approver role" : String.join(", ", roles))
                    + " can override a cooldown");
        }
        return Optional.empty();
    }
}
