package com.nexus.chatops.guard.view;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.core.Texts;
import com.nexus.chatops.guard.ActionGuard;
import com.nexus.chatops.guard.Answer;
import com.nexus.chatops.guard.Click;
import com.nexus.chatops.guard.PendingAction;
import com.nexus.chatops.guard.Refusal;
import com.nexus.chatops.slack.Form;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import java.util.Optional;

/** Guarded actions as every door shows them: the guard's answer, worded for the person who asked or clicked. */
public final class ActionReplies {
    private final ActionGuard actions;

    public ActionReplies(ActionGuard actions) {
        this.actions = actions;
    }

    public Reply request(Invocation invocation, ActionRequest request, boolean dryRun) {
        return render(actions.request(invocation, request, dryRun));
    }

    public Reply confirm(Click click) {
        return render(actions.confirm(click));
    }

    public Reply approve(Click click) {
        return render(actions.approve(click));
    }

    public Reply cancel(Click click) {
        return render(actions.cancel(click));
    }

    /** Why this user may not override the cooldown denial (audited), or empty when the form may open. */
    public Optional<Reply> overrideRefusal(String heldId, String user) {
        return actions.overrideRefusal(heldId, user).map(why -> render(new Answer.OverrideRefused(why)));
    }

    /** The reason form for overriding the cooldown denial {@code heldId}. */
    public Form overrideForm(String heldId) {
        return ActionMessages.overrideForm(heldId, actions.pending().find(heldId)
                .map(ActionMessages::overrideHeadline).orElse("Override?"));
    }

    /** Where the cooldown denial {@code heldId} was posted, to answer its override there. */
    public Optional<String> channelOf(String heldId) {
        return actions.pending().find(heldId).map(PendingAction::channel);
    }

    public Reply overrideCooldown(String heldId, String user, String reason) {
        return render(actions.overrideCooldown(heldId, user, reason));
    }

    static Reply render(Answer answer) {
        if (answer instanceof Answer.Read read) {
            return ActionMessages.post(read.result().text()).asEphemeral();
        }
        return Replies.notice(text(answer));
    }

    private static String text(Answer answer) {
        if (answer instanceof Answer.Denied d) {
            return ":no_entry: Denied: " + d.reason() + "." + (d.overrideOffered()
                    ? "\nA lead can override the cooldown with a reason (button in the channel)." : "");
        }
        if (answer instanceof Answer.DryRun d) {
            String preview = d.override().map(o -> d.preview() + "\n:unlock: Cooldown overridden by <@" + o.by()
                    + ">: " + Mrkdwn.escape(o.reason())).orElse(d.preview());
            return ":test_tube: Dry run of " + RequestNames.of(d.request()) + " — nothing was changed.\n" + preview
                    + "\n" + d.result();
        }
        if (answer instanceof Answer.AwaitingConfirmation w) {
            String who = w.approvals() > 0 ? " after " + w.approvals() + " approval(s) from "
                    + String.join(", ", w.approvers()) : "";
            String console = w.console() ? "\nConsole: type `confirm " + w.pendingId() + "` or `cancel "
                    + w.pendingId() + "`." : "";
            return ":hourglass: Confirmation posted: only you can confirm" + who + ", within " + w.ttl().toMinutes()
                    + " min." + console;
        }
        return clicked(answer);
    }

    /** The answers to a click, and the end of a run. */
    private static String clicked(Answer answer) {
        if (answer instanceof Answer.Failed f) {
            return ":x: " + f.message();
        }
        if (answer instanceof Answer.Ran r) {
            return ":white_check_mark: " + RequestNames.of(r.request()) + " ran; the result is in the channel.";
        }
        if (answer instanceof Answer.RunFailed f) {
            return ":x: " + RequestNames.of(f.request()) + " failed: " + f.message();
        }
        if (answer instanceof Answer.Refused r) {
            return ":no_entry: " + Texts.capitalized(r.step()) + " refused for " + RequestNames.of(r.request()) + ": "
                    + why(r.why()) + ".";
        }
        if (answer instanceof Answer.Approved a) {
            return ":ballot_box_with_check: You approved " + RequestNames.of(a.request()) + ".";
        }
        if (answer instanceof Answer.Cancelled c) {
            return ":no_entry_sign: Cancelled " + RequestNames.of(c.request()) + "; nothing was run.";
        }
        if (answer instanceof Answer.OverrideRefused o) {
            return ":no_entry: Cooldown override refused: " + o.why() + ".";
        }
        if (answer instanceof Answer.Overridden o) {
            return ":unlock: You overrode the cooldown for <@" + o.requester() + ">'s " + RequestNames.of(o.request())
                    + " (audited with your reason). " + render(o.reissued()).text();
        }
        return ":no_entry: This button does not belong to any pending nexus action, so nothing was run. Run the"
                + " command again for a new confirmation.";
    }

    private static String why(Refusal refusal) {
        if (refusal instanceof Refusal.OnlyRequester r) {
            return "only <@" + r.requester() + ">, who asked for it, can confirm " + RequestNames.of(r.request());
        }
        if (refusal instanceof Refusal.OnlyRequesterOrApprovers r) {
            return "only <@" + r.requester() + ">" + (r.approvers().isEmpty() ? "" : " or "
                    + String.join(", ", r.approvers())) + " can cancel it";
        }
        return refusal.line();
    }
}
