package com.nexus.chatops.guard;

import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.reply.ActionMessages;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Texts;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import java.time.Clock;
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
    private final PendingActions pending;
    private final GuardChain chain;
    private final IncidentRepository incidents;
    private final Audits audits;
    private final Execution execution;
    private final ActionFlow flow;
    private final SlackGateway slack;
    private final Clock clock;

    Confirmations(PendingActions pending, GuardChain chain, IncidentRepository incidents, Audits audits,
                  Execution execution, ActionFlow flow, SlackGateway slack, Clock clock) {
        this.pending = pending;
        this.chain = chain;
        this.incidents = incidents;
        this.audits = audits;
        this.execution = execution;
        this.flow = flow;
        this.slack = slack;
        this.clock = clock;
    }

    public Reply confirm(Click click) {
        String id = click.pendingId();
        String user = click.userId();
        String channel = click.channelId();
        Optional<PendingAction> found = lookup("confirm", id, user, channel);
        if (found.isEmpty()) {
            return unknown();
        }
        PendingAction p = found.get();
        Optional<String> refusal = settled(p, channel).or(() -> p.request().param(CooldownOverrides.HELD).isPresent()
                ? Optional.of("it was denied by the cooldown; only a lead's override can re-issue it")
                : Optional.empty()).or(() -> !user.equals(p.requester())
                ? Optional.of("only <@" + p.requester() + ">, who asked for it, can confirm "
                        + Describe.request(p.request())) : Optional.empty());
        if (refusal.isEmpty() && p.approvalsNeeded() > 0 && p.state() == PendingState.PENDING) {
            int missing = p.approvalsNeeded() - pending.approvals(p.id()).size();
            refusal = Optional.of("it still needs " + Math.max(missing, 1) + " approval(s) from "
                    + String.join(", ", p.approvers()) + " before it can be confirmed");
        }
        if (refusal.isEmpty()) {
            Decision again = chain.evaluate(new Attempt(user, p.channel(), click.channelName(), incidents.findByChannelId(p.channel()),
                    p.request(), false), true);
            if (again.denied()) {
                refusal = Optional.of(again.denial().orElseThrow().reason());
            } else if (again.approvals() > p.approvalsNeeded()) {
                refusal = Optional.of("the policy now asks for " + again.approvals() + " approval(s) (the incident's"
                        + " severity changed); run the command again");
            }
        }
        if (refusal.isPresent()) {
            return refuse(p, user, channel, "confirm", refusal.get());
        }
        if (!pending.claim(p.id(), p.state(), clock.instant())) {
            return refuse(p, user, channel, "confirm", "it was already confirmed, cancelled or expired a moment ago");
        }
        audits.pending(p, user, channel, "allow", "confirmed by the requester", "executing", null);
        return execution.run(p, user);
    }

    public Reply approve(Click click) {
        String id = click.pendingId();
        String user = click.userId();
        String channel = click.channelId();
        Optional<PendingAction> found = lookup("approve", id, user, channel);
        if (found.isEmpty()) {
            return unknown();
        }
        PendingAction p = found.get();
        Optional<String> refusal = settled(p, channel);
        if (refusal.isEmpty() && p.approvalsNeeded() == 0) {
            refusal = Optional.of("it needs no approval");
        } else if (refusal.isEmpty() && user.equals(p.requester())) {
            refusal = Optional.of("you asked for it, and nobody can approve their own action — someone else from "
                    + String.join(", ", p.approvers()) + " has to");
        } else if (refusal.isEmpty() && p.state() != PendingState.PENDING) {
            refusal = Optional.of("it already has the approvals it needs");
        } else if (refusal.isEmpty() && !chain.roles().holdsAny(user, p.approvers())) {
            refusal = Optional.of("only members of " + String.join(", ", p.approvers()) + " can approve it");
        }
        if (refusal.isPresent()) {
            return refuse(p, user, channel, "approve", refusal.get());
        }
        List<String> approvers = pending.approve(p.id(), user, p.approvalsNeeded(), clock.instant());
        audits.pending(p, user, channel, "allow", "approval " + approvers.size() + "/" + p.approvalsNeeded(),
                "approved", null);
        if (p.messageTs() != null) {
            slack.update(p.channel(), p.messageTs(), flow.confirmation(p, approvers.size()));
        }
        if (approvers.size() >= p.approvalsNeeded()) {
            slack.post(p.channel(), ActionMessages.post(":ballot_box_with_check: " + Describe.request(p.request())
                    + " is approved; <@" + p.requester() + "> can confirm it now."));
        }
        return Replies.notice(":ballot_box_with_check: You approved " + Describe.request(p.request()) + ".");
    }

    public Reply cancel(Click click) {
        String id = click.pendingId();
        String user = click.userId();
        String channel = click.channelId();
        Optional<PendingAction> found = lookup("cancel", id, user, channel);
        if (found.isEmpty()) {
            return unknown();
        }
        PendingAction p = found.get();
        Optional<String> refusal = settled(p, channel);
        if (refusal.isEmpty() && !user.equals(p.requester())
                && !chain.roles().holdsAny(user, p.approvers())) {
            refusal = Optional.of("only <@" + p.requester() + ">" + (p.approvers().isEmpty() ? "" : " or "
                    + String.join(", ", p.approvers())) + " can cancel it");
        }
        if (refusal.isEmpty() && !pending.cancel(p.id(), clock.instant())) {
            refusal = Optional.of("it was already confirmed, cancelled or expired a moment ago");
        }
        if (refusal.isPresent()) {
            return refuse(p, user, channel, "cancel", refusal.get());
        }
        audits.pending(p, user, channel, "allow", "cancelled by " + user, "cancelled", null);
        execution.settle(p, ":no_entry_sign: Cancelled by <@" + user + ">. Nothing was run.");
        return Replies.notice(":no_entry_sign: Cancelled " + Describe.request(p.request()) + "; nothing was run.");
    }

    private Optional<PendingAction> lookup(String step, String id, String user, String channel) {
        Optional<PendingAction> found = pending.find(id);
        if (found.isEmpty()) {
            audits.unknown(step, user, channel, id);
        }
        return found;
    }

    private static Reply unknown() {
        return Replies.notice(":no_entry: This button does not belong to any pending nexus action, so nothing was"
                + " run. Run the command again for a new confirmation.");
    }

    /** Refusals that hold whoever clicks: wrong channel, already settled, expired. */
    private Optional<String> settled(PendingAction p, String channel) {
        Instant now = clock.instant();
        if (!Objects.equals(channel, p.channel())) {
            return Optional.of("it belongs to another channel");
        }
        return switch (p.state()) {
            case EXECUTING, DONE, FAILED, UNKNOWN -> Optional.of("it was already confirmed and has run ("
                    + p.state().db() + "); it never runs twice");
            case CANCELLED -> Optional.of("it was cancelled");
            case EXPIRED -> Optional.of("it expired; run the command again for a fresh preview");
            case PENDING, APPROVED -> {
                if (p.expiredAt(now)) {
                    if (pending.expire(p.id(), now)) {
                        execution.settle(p, ":hourglass: Expired unconfirmed. Nothing was run.");
                    }
                    yield Optional.of("it expired; run the command again for a fresh preview");
                }
                yield Optional.empty();
            }
        };
    }

    private Reply refuse(PendingAction p, String user, String channel, String step, String why) {
        audits.pending(p, user, channel, "deny", step + " refused: " + why, "refused", null);
        return Replies.notice(":no_entry: " + Texts.capitalized(step) + " refused for "
                + Describe.request(p.request()) + ": " + why + ".");
    }
}
