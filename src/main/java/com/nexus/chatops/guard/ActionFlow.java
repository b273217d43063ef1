package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.core.NexusException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * From a request to a guarded action: the chain decides; reads run at once; writes show a preview and wait for
 * the requester's Confirm (and approvals), or run at once when no rule asks for either. Every step is audited.
 */
public final class ActionFlow {
    /** How long a confirmation stays valid, and how long a rollout is followed before it is called stuck. */
    public record Settings(Duration confirmTtl, Duration rolloutDeadline) {
        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(5), Duration.ofMinutes(10));
    }

    private final Ledger ledger;
    private final GuardChain chain;
    private final ChannelIncidents incidents;
    private final ActionChannel channel;
    private final Duration confirmTtl;
    private final Execution execution;

    public ActionFlow(Ledger ledger, GuardChain chain, ChannelIncidents incidents, ActionChannel channel,
                      Duration confirmTtl, Execution execution) {
        this.ledger = ledger;
        this.chain = chain;
        this.incidents = incidents;
        this.channel = channel;
        this.confirmTtl = confirmTtl;
        this.execution = execution;
    }

    public Answer request(Invocation inv, ActionRequest request, boolean dryRun) {
        return request(inv, request, Optional.empty(), dryRun);
    }

    private Answer request(Invocation inv, ActionRequest request, Optional<CooldownOverride> override, boolean dryRun) {
        Attempt a = new Attempt(inv.userId(), inv.channelId(), inv.channelName(), incidents.of(inv.channelId()),
                request, override, dryRun);
        Optional<String> missing = execution.unavailable(request);
        if (missing.isPresent()) {
            ledger.audits().attempt(a, "unavailable", missing.get(), "not attempted", null);
            return new Answer.Failed(missing.get());
        }
        Decision d = chain.evaluate(a, request.writes() && !dryRun);
        if (d.denied()) {
            ledger.audits().attempt(a, "deny", d.reason(), "denied", null);
            return new Answer.Denied(d.denial().orElseThrow().reason(), offerOverride(a, request, d));
        }
        try {
            PlannedAction action = execution.plan(request);
            if (!request.writes()) {
                return read(a, d, action);
            }
            Preview preview = action.preview();
            if (dryRun) {
                ActionResult result = action.execute(true);
                ledger.audits().attempt(a, d.verdict(), d.reason(), "dry run, nothing changed", null);
                return new Answer.DryRun(request, override, preview.text(), result.text());
            }
            return hold(inv, a, d, preview);
        } catch (NexusException e) {
            ledger.audits().attempt(a, d.verdict(), d.reason(), "failed", e.getMessage());
            return new Answer.Failed(e.getMessage());
        }
    }

    private Answer read(Attempt a, Decision d, PlannedAction action) {
        ActionResult result = action.execute(false);
        ledger.audits().attempt(a, d.verdict(), d.reason(), "done", null);
        result.snippet().flatMap(s -> channel.upload(a.channelId(), null, s)).ifPresent(problem -> {
            throw new NexusException("the output could not be uploaded to Slack: " + problem);
        });
        return new Answer.Read(result);
    }

    /** Stores the pending action (pinned to what the preview showed), then asks or runs. */
    private Answer hold(Invocation inv, Attempt a, Decision d, Preview preview) {
        Instant now = ledger.clock().instant();
        PendingAction p = ledger.pending().create(a, preview.pinned(), false, d, preview.text(), now,
                now.plus(confirmTtl));
        if (!d.needsConfirmation()) {
            ledger.audits().pending(p, a.actor(), a.channelId(), d.verdict(), d.reason(), "executing", null);
            if (!ledger.pending().claim(p.id(), PendingState.PENDING, ledger.clock().instant())) {
                throw new NexusException("This action was already started.");
            }
            return execution.run(p, a.actor());
        }
        ledger.audits().pending(p, a.actor(), a.channelId(), d.verdict(), d.reason(), "awaiting confirmation", null);
        String ts;
        try {
            ts = channel.askToConfirm(p, 0);
        } catch (NexusException e) {
            ledger.pending().cancel(p.id(), ledger.clock().instant());
            ledger.audits().pending(p, "nexus", a.channelId(), d.verdict(), "the confirmation could not be posted",
                    "cancelled", e.getMessage());
            throw new NexusException("nexus could not post the confirmation in this channel, so nothing will run"
                    + " (invite nexus to the channel and try again).");
        }
        ledger.pending().recordMessage(p.id(), ts);
        return new Answer.AwaitingConfirmation(p.id(), d.approvals(), d.approvers(), confirmTtl, inv.fromConsole());
    }

    /**
     * After a cooldown denial, keeps the request (held: it can never be confirmed) and posts the button a lead
     * may use to override it with a reason. @return whether the button was offered
     */
    private boolean offerOverride(Attempt a, ActionRequest request, Decision d) {
        boolean cooldown = d.denial().map(v -> v.rule().equals(CooldownRule.NAME)).orElse(false);
        if (!cooldown || a.dryRun()) {
            return false;
        }
        Instant now = ledger.clock().instant();
        PendingAction held = ledger.pending().create(a, request, true, d, d.denial().orElseThrow().reason(), now,
                now.plus(confirmTtl));
        try {
            ledger.pending().recordMessage(held.id(), channel.offerOverride(held));
            return true;
        } catch (NexusException e) {
            ledger.pending().cancel(held.id(), ledger.clock().instant());
            return false;
        }
    }

    /** The request a lead's cooldown override asks again for the original requester; every other rule applies. */
    Answer reissue(PendingAction held, CooldownOverride override) {
        Invocation inv = new Invocation(Invocation.SLACK, held.requester(), held.channel(), null, "override", null);
        return request(inv, held.request(), Optional.of(override), false);
    }
}
