package com.nexus.chatops.guard;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.GuardedAction;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.config.Actions;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.reply.ActionMessages;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * From a command to a guarded action: the chain decides; reads run at once; writes show a preview and wait for
 * the requester's Confirm (and approvals), or run at once when no rule asks for either. Every step is audited.
 */
public final class ActionFlow {
    /** How long a confirmation stays valid, and how long a rollout is followed before it is called stuck. */
    public record Settings(Duration confirmTtl, Duration rolloutDeadline) {
        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(5), Duration.ofMinutes(10));
    }

    private final GuardChain chain;
    private final PendingActions pending;
    private final IncidentRepository incidents;
    private final ActionCatalog catalog;
    private final SlackGateway slack;
    private final Clock clock;
    private final Settings settings;
    private final Audits audits;
    private final Execution execution;

    ActionFlow(GuardChain chain, PendingActions pending, IncidentRepository incidents, ActionCatalog catalog,
               SlackGateway slack, Clock clock, Settings settings, Audits audits, Execution execution) {
        this.chain = chain;
        this.pending = pending;
        this.incidents = incidents;
        this.catalog = catalog;
        this.slack = slack;
        this.clock = clock;
        this.settings = settings;
        this.audits = audits;
        this.execution = execution;
    }

    public static boolean reads(String action) {
        return Actions.K8S_READ.contains(action) || Actions.AWS_READ.contains(action);
    }

    public Reply request(Invocation inv, ActionRequest request, boolean dryRun) {
        Optional<Incident> incident = incidents.findByChannelId(inv.channelId());
        Attempt a = new Attempt(inv.userId(), inv.channelId(), inv.channelName(), incident, request, dryRun);
        boolean reads = reads(request.action());
        Decision d = chain.evaluate(a, !reads && !dryRun);
        if (d.denied()) {
            audits.attempt(a, "deny", d.reason(), "denied", null);
            return Replies.notice(":no_entry: Denied: " + d.denial().orElseThrow().reason() + "."
                    + offerOverride(a, d));
        }
        try {
            GuardedAction action = catalog.plan(request);
            if (reads) {
                return read(a, d, action);
            }
            Preview preview = overridden(request, action.preview());
            if (dryRun) {
                ActionResult result = action.execute(true);
                audits.attempt(a, d.verdict(), d.reason(), "dry run, nothing changed", null);
                return Replies.notice(":test_tube: Dry run of " + Describe.request(request) + " — nothing was changed.\n"
                        + preview.text() + "\n" + result.text());
            }
            return hold(inv, a, d, preview);
        } catch (NexusException e) {
            audits.attempt(a, d.verdict(), d.reason(), "failed", e.getMessage());
            return Replies.notice(":x: " + e.getMessage());
        }
    }

    private Reply read(Attempt a, Decision d, GuardedAction action) {
        ActionResult result = action.execute(false);
        audits.attempt(a, d.verdict(), d.reason(), "done", null);
        result.snippet().ifPresent(s -> join(slack.uploadText(a.channelId(), null, s.filename(), s.title(), s.content())));
        Reply shown = ActionMessages.post(result.text());
        return Reply.ephemeral(shown.text(), shown.blocks());
    }

    /** Stores the pending action (pinned to what the preview showed), then asks or runs. */
    private Reply hold(Invocation inv, Attempt a, Decision d, Preview preview) {
        Map<String, String> pins = new TreeMap<>();
        preview.pins().forEach((k, v) -> pins.put("pin." + k, v));
        Instant now = clock.instant();
        PendingAction p = pending.create(a.request().with(pins), a.actor(), a.channelId(), a.incidentId(), now,
                now.plus(settings.confirmTtl()), d.approvals(), d.approvers(), preview.text());
        if (!d.needsConfirmation()) {
            audits.pending(p, a.actor(), a.channelId(), d.verdict(), d.reason(), "executing", null);
            if (!pending.claim(p.id(), PendingState.PENDING, clock.instant())) {
                throw new NexusException("This action was already started.");
            }
            return execution.run(p, a.actor());
        }
        audits.pending(p, a.actor(), a.channelId(), d.verdict(), d.reason(), "awaiting confirmation", null);
        String ts;
        try {
            ts = slack.post(a.channelId(), confirmation(p, 0)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            pending.cancel(p.id(), clock.instant());
            audits.pending(p, "nexus", a.channelId(), d.verdict(), "the confirmation could not be posted", "cancelled",
                    e.getMessage());
            throw new NexusException("nexus could not post the confirmation in this channel, so nothing will run"
                    + " (invite nexus to the channel and try again).");
        }
        pending.recordMessage(p.id(), ts);
        String who = d.approvals() > 0 ? " after " + d.approvals() + " approval(s) from " + String.join(", ", d.approvers())
                : "";
        String console = inv.fromConsole() ? "\nConsole: type `confirm " + p.id() + "` or `cancel " + p.id() + "`." : "";
        return Replies.notice(":hourglass: Confirmation posted: only you can confirm" + who + ", within "
                + settings.confirmTtl().toMinutes() + " min." + console);
    }

    /**
     * After a cooldown denial, keeps the request (held: it can never be confirmed) and posts the button a lead
     * may use to override it with a reason. @return what to add to the requester's denial
     */
    private String offerOverride(Attempt a, Decision d) {
        boolean cooldown = d.denial().map(v -> v.rule().equals(CooldownRule.NAME)).orElse(false);
        if (!cooldown || a.dryRun() || a.request().param(CooldownOverrides.HELD).isPresent()) {
            return "";
        }
        Instant now = clock.instant();
        String reason = d.denial().orElseThrow().reason();
        PendingAction held = pending.create(a.request().with(Map.of(CooldownOverrides.HELD, "cooldown")), a.actor(),
                a.channelId(), a.incidentId(), now, now.plus(settings.confirmTtl()), 0, List.of(), reason);
        try {
            String ts = slack.post(a.channelId(), ActionMessages.cooldownDenied(held.id(), ":no_entry: <@" + a.actor()
                    + ">'s " + Describe.request(a.request()) + " was denied: " + reason + ".",
                    "Leads can override the cooldown with a reason within " + settings.confirmTtl().toMinutes()
                            + " min; the request then gets a fresh confirmation.")).get(30, TimeUnit.SECONDS);
            pending.recordMessage(held.id(), ts);
        } catch (Exception e) {
            pending.cancel(held.id(), clock.instant());
            return "";
        }
        return "\nA lead can override the cooldown with a reason (button in the channel).";
    }

    /** The request a lead's cooldown override re-issues for the original requester; every other rule applies. */
    Reply reissue(PendingAction held, String lead, String reason) {
        Map<String, String> params = new TreeMap<>(held.request().params());
        params.remove(CooldownOverrides.HELD);
        params.put(CooldownOverrides.BY, lead);
        params.put(CooldownOverrides.REASON, reason);
        Invocation inv = new Invocation(Invocation.SLACK, held.requester(), held.channel(), null, "override", null);
        return request(inv, new ActionRequest(held.request().action(), held.request().service(), params), false);
    }

    private static Preview overridden(ActionRequest r, Preview preview) {
        return r.param(CooldownOverrides.BY).map(by -> new Preview(preview.text() + "\n:unlock: Cooldown overridden by <@"
                + by + ">: " + Mrkdwn.escape(r.param(CooldownOverrides.REASON).orElse("")), preview.pins()))
                .orElse(preview);
    }

    Reply confirmation(PendingAction p, int approvalsSoFar) {
        String needs = p.approvalsNeeded() == 0 ? ""
                : " · approvals " + approvalsSoFar + "/" + p.approvalsNeeded() + " from "
                  + String.join(", ", p.approvers()) + " (not the requester)";
        String footnote = "Requested by <@" + p.requester() + "> · only they can confirm · expires <!date^"
                + p.expiresAt().getEpochSecond() + "^{time}|in " + settings.confirmTtl().toMinutes() + " min>" + needs;
        return ActionMessages.confirmation(p.id(), Describe.headline(p.request()), p.preview(), footnote,
                p.approvalsNeeded() > 0);
    }

    private static void join(java.util.concurrent.CompletableFuture<?> f) {
        try {
            f.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new NexusException("the output could not be uploaded to Slack: " + e.getMessage());
        }
    }
}
