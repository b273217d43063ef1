package com.nexus.chatops.guard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clicks on a confirmation: Confirm (requester only, once, before expiry, after approvals), Approve (another
 * member of the approver roles), Cancel (the requester or an approver). Each answer is for the clicker alone;
 * every click is audited, refusals included. At Confirm the chain runs again, so a role removed or a cooldown
 * started since the request still stops it.
 */
public final class Confirmations {
    private final Ledger ledger;
    private final GuardChain chain;
    private final ChannelIncidents incidents;
    private final Execution execution;
    private final ActionChannel channel;

    public Confirmations(Ledger ledger, GuardChain chain, ChannelIncidents incidents, Execution execution,
                         ActionChannel channel) {
        this.ledger = ledger;
        this.chain = chain;
        this.incidents = incidents;
        this.execution = execution;
        this.channel = channel;
    }

    public Answer confirm(Click click) {
        Optional<PendingAction> found = lookup("confirm", click);
        if (found.isEmpty()) {
            return new Answer.UnknownButton();
        }
        PendingAction p = found.get();
        String user = click.userId();
        Optional<Refusal> refusal = settled(p, click.channelId()).or(() -> p.held()
                ? because("it was denied by the cooldown; only a lead's override can re-issue it")
                : Optional.empty()).or(() -> !user.equals(p.requester())
                ? Optional.of(new Refusal.OnlyRequester(p.requester(), p.request())) : Optional.empty());
        if (refusal.isEmpty() && p.approvalsNeeded() > 0 && p.state() == PendingState.PENDING) {
            int missing = p.approvalsNeeded() - ledger.pending().approvals(p.id()).size();
            refusal = because("it still needs " + Math.max(missing, 1) + " approval(s) from "
                    + String.join(", ", p.approvers()) + " before it can be confirmed");
        }
        if (refusal.isEmpty()) {
            refusal = again(p, click);
        }
        if (refusal.isPresent()) {
            return refuse(p, click, "confirm", refusal.get());
        }
        if (!ledger.pending().claim(p.id(), p.state(), ledger.clock().instant())) {
            return refuse(p, click, "confirm", new Refusal.Because(
                    "it was already confirmed, cancelled or expired a moment ago"));
        }
        ledger.audits().pending(p, user, click.channelId(), "allow", "confirmed by the requester", "executing", null);
        return execution.run(p, user);
    }

    /** The chain once more, as things stand now. */
    private Optional<Refusal> again(PendingAction p, Click click) {
        Decision now = chain.evaluate(new Attempt(click.userId(), p.channel(), click.channelName(),
                incidents.of(p.channel()), p.request(), p.override(), false), true);
        if (now.denied()) {
            return because(now.denial().orElseThrow().reason());
        }
        if (now.approvals() > p.approvalsNeeded()) {
            return because("the policy now asks for " + now.approvals() + " approval(s) (the incident's"
                    + " severity changed); run the command again");
        }
        return Optional.empty();
    }

    public Answer approve(Click click) {
        Optional<PendingAction> found = lookup("approve", click);
        if (found.isEmpty()) {
            return new Answer.UnknownButton();
        }
        PendingAction p = found.get();
        String user = click.userId();
        Optional<Refusal> refusal = settled(p, click.channelId());
        if (refusal.isEmpty() && p.approvalsNeeded() == 0) {
            refusal = because("it needs no approval");
        } else if (refusal.isEmpty() && user.equals(p.requester())) {
            refusal = because("you asked for it, and nobody can approve their own action — someone else from "
                    + String.join(", ", p.approvers()) + " has to");
        } else if (refusal.isEmpty() && p.state() != PendingState.PENDING) {
            refusal = because("it already has the approvals it needs");
        } else if (refusal.isEmpty() && !chain.roles().holdsAny(user, p.approvers())) {
            refusal = because("only members of " + String.join(", ", p.approvers()) + " can approve it");
        }
        if (refusal.isPresent()) {
            return refuse(p, click, "approve", refusal.get());
        }
        List<String> approvers = ledger.pending().approve(p.id(), user, p.approvalsNeeded(), ledger.clock().instant());
        ledger.audits().pending(p, user, click.channelId(), "allow", "approval " + approvers.size() + "/"
                + p.approvalsNeeded(), "approved", null);
        if (p.messageTs() != null) {
            channel.approvalsChanged(p, approvers.size());
        }
        if (approvers.size() >= p.approvalsNeeded()) {
            channel.tell(p.channel(), new Notice.Approved(p.request(), p.requester()));
        }
        return new Answer.Approved(p.request());
    }

    public Answer cancel(Click click) {
        Optional<PendingAction> found = lookup("cancel", click);
        if (found.isEmpty()) {
            return new Answer.UnknownButton();
        }
        PendingAction p = found.get();
        String user = click.userId();
        Optional<Refusal> refusal = settled(p, click.channelId());
        if (refusal.isEmpty() && !user.equals(p.requester()) && !chain.roles().holdsAny(user, p.approvers())) {
            refusal = Optional.of(new Refusal.OnlyRequesterOrApprovers(p.requester(), p.approvers()));
        }
        if (refusal.isEmpty() && !ledger.pending().cancel(p.id(), ledger.clock().instant())) {
            refusal = because("it was already confirmed, cancelled or expired a moment ago");
        }
        if (refusal.isPresent()) {
            return refuse(p, click, "cancel", refusal.get());
        }
        ledger.audits().pending(p, user, click.channelId(), "allow", "cancelled by " + user, "cancelled", null);
        execution.settle(p, new Settlement.Cancelled(user));
        return new Answer.Cancelled(p.request());
    }

    private Optional<PendingAction> lookup(String step, Click click) {
        Optional<PendingAction> found = ledger.pending().find(click.pendingId());
        if (found.isEmpty()) {
            ledger.audits().unknown(step, click.userId(), click.channelId(), click.pendingId());
        }
        return found;
    }

    /** Refusals that hold whoever clicks: wrong channel, already settled, expired. */
    private Optional<Refusal> settled(PendingAction p, String channelId) {
        Instant now = ledger.clock().instant();
        if (!Objects.equals(channelId, p.channel())) {
            return because("it belongs to another channel");
        }
        return switch (p.state()) {
            case EXECUTING, DONE, FAILED, UNKNOWN -> because("it was already confirmed and has run ("
                    + p.state().db() + "); it never runs twice");
            case CANCELLED -> because("it was cancelled");
            case EXPIRED -> because("it expired; run the command again for a fresh preview");
            case PENDING, APPROVED -> {
                if (p.expiredAt(now)) {
                    if (ledger.pending().expire(p.id(), now)) {
                        execution.settle(p, new Settlement.Expired());
                    }
                    yield because("it expired; run the command again for a fresh preview");
                }
                yield Optional.empty();
            }
        };
    }

    private Answer refuse(PendingAction p, Click click, String step, Refusal why) {
        ledger.audits().pending(p, click.userId(), click.channelId(), "deny", step + " refused: " + why.line(),
                "refused", null);
        return new Answer.Refused(step, p.request(), why);
    }

    private static Optional<Refusal> because(String reason) {
        return Optional.of(new Refusal.Because(reason));
    }
}
