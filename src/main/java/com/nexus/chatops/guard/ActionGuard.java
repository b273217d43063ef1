package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.command.Invocation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The guard's one door for actions: ask (a command), click (confirm, approve, cancel, override) and, at startup
 * and then periodically, recover what a stopped process left running. Every answer is data; a view words it.
 */
public final class ActionGuard implements AutoCloseable {
    private final ActionFlow flow;
    private final Confirmations confirmations;
    private final CooldownOverrides overrides;
    private final Recovery recovery;
    private final PendingActions pending;
    private final Permissions permissions;

    public ActionGuard(ActionFlow flow, Confirmations confirmations, CooldownOverrides overrides,
                          Recovery recovery, PendingActions pending, Permissions permissions) {
        this.flow = flow;
        this.confirmations = confirmations;
        this.overrides = overrides;
        this.recovery = recovery;
        this.pending = pending;
        this.permissions = permissions;
    }

    public Answer request(Invocation invocation, ActionRequest request, boolean dryRun) {
        return flow.request(invocation, request, dryRun);
    }

    public Answer confirm(Click click) {
        return confirmations.confirm(click);
    }

    public Answer approve(Click click) {
        return confirmations.approve(click);
    }

    public Answer cancel(Click click) {
        return confirmations.cancel(click);
    }

    /** Why {@code user} may not override the cooldown denial {@code heldId} (audited); empty: show the form. */
    public Optional<String> overrideRefusal(String heldId, String user) {
        return overrides.refusal(heldId, user);
    }

    /** A lead's override with a reason: audited, then the request is asked again with only the cooldown waived. */
    public Answer overrideCooldown(String heldId, String user, String reason) {
        return overrides.override(heldId, user, reason);
    }

    /**
     * Marks what a stopped process left executing (its lease ran out) as unknown and says so in each channel;
     * runs nothing. Renews this process's own leases first.
     */
    public List<PendingAction> recoverInterrupted() {
        return recovery.run();
    }

    /** Keeps this process's leases fresh and reports lapsed ones every {@code every}, until {@link #close()}. */
    public void startRecovery(Duration every) {
        recovery.start(every);
    }

    @Override
    public void close() {
        recovery.close();
    }

    /** The same policy for actions that run at once, without confirmation (PagerDuty ack, resolve, page). */
    public Permissions permissions() {
        return permissions;
    }

    public PendingActions pending() {
        return pending;
    }
}
