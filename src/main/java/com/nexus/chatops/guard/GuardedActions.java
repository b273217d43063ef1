package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.audit.AuditTrail;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.store.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Everything a door needs for guarded actions: ask (a command), click (confirm, approve, cancel) and, at
 * startup, recover what a stopped process left running. Built once per process.
 */
public final class GuardedActions implements AutoCloseable {
    private final ActionFlow flow;
    private final Confirmations confirmations;
    private final Recovery recovery;
    private final PendingActions pending;
    private final CooldownOverrides overrides;
    private final Permissions permissions;

    private GuardedActions(ActionFlow flow, Confirmations confirmations, Recovery recovery, PendingActions pending,
                           CooldownOverrides overrides, Permissions permissions) {
        this.permissions = permissions;
        this.flow = flow;
        this.confirmations = confirmations;
        this.recovery = recovery;
        this.pending = pending;
        this.overrides = overrides;
    }

    public static GuardedActions create(NexusConfig config, Jdbc jdbc, UserGroups groups, AuditTrail trail,
                                        ActionCatalog catalog, SlackGateway slack, Clock clock,
                                        ActionFlow.Settings settings, Executor followUps) {
        PendingActions pending = new PendingActions(jdbc);
        IncidentRepository incidents = new IncidentRepository(jdbc, clock);
        GuardChain chain = new GuardChain(config, new Roles(config, groups), pending, clock);
        Audits audits = new Audits(trail, clock);
        Execution execution = new Execution(catalog, pending, audits, slack, clock, settings.rolloutDeadline(),
                followUps);
        ActionFlow flow = new ActionFlow(chain, pending, incidents, catalog, slack, clock, settings, audits, execution);
        Confirmations confirmations = new Confirmations(pending, chain, incidents, audits, execution, flow, slack, clock);
        CooldownOverrides overrides = new CooldownOverrides(config, pending, chain, audits, execution, flow, clock);
        return new GuardedActions(flow, confirmations, new Recovery(pending, audits, execution, slack, clock), pending,
                overrides, new Permissions(chain, audits));
    }

    public Reply request(Invocation invocation, ActionRequest request, boolean dryRun) {
        return flow.request(invocation, request, dryRun);
    }

    public Reply confirm(Click click) {
        return confirmations.confirm(click);
    }

    public Reply approve(Click click) {
        return confirmations.approve(click);
    }

    public Reply cancel(Click click) {
        return confirmations.cancel(click);
    }

    /** Why {@code user} may not override the cooldown denial {@code heldId} (audited); empty: show the form. */
    public java.util.Optional<String> overrideRefusal(String heldId, String user) {
        return overrides.refusal(heldId, user);
    }

    /** A lead's override with a reason: audited, then the request is re-issued with only the cooldown waived. */
    public Reply overrideCooldown(String heldId, String user, String reason) {
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
