package com.nexus.chatops.guard.view;

import com.nexus.chatops.core.Texts;
import com.nexus.chatops.guard.PendingAction;
import com.nexus.chatops.slack.Button;
import com.nexus.chatops.slack.Form;
import com.nexus.chatops.slack.Message;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.Sections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The confirmation message of a guarded action and what it becomes once settled. Buttons carry only the pending
 * action's id; who may press them is decided when they are pressed, never by what the message says.
 */
public final class ActionMessages {
    public static final String CONFIRM = "nexus.pending.confirm";
    public static final String APPROVE = "nexus.pending.approve";
    public static final String CANCEL = "nexus.pending.cancel";
    public static final String OVERRIDE = "nexus.pending.override_cooldown";
    public static final String OVERRIDE_CALLBACK = "nexus.pending.override_cooldown.submit";
    public static final String REASON = "reason";
    private static final int MAX_REASON = 500;

    private ActionMessages() {}

    /** The preview, with a lead's cooldown override under it when there was one. */
    public static String preview(PendingAction p) {
        String preview = p.preview() == null ? "" : p.preview();
        return p.override().map(o -> preview + "\n:unlock: Cooldown overridden by <@" + o.by() + ">: "
                + Mrkdwn.escape(o.reason())).orElse(preview);
    }

    /** Asks the requester to confirm (and approvers to approve): who asked, when it expires, approvals so far. */
    public static Reply confirmation(PendingAction p, int approvalsSoFar) {
        String headline = RequestNames.headline(p.request());
        String needs = p.approvalsNeeded() == 0 ? ""
                : " · approvals " + approvalsSoFar + "/" + p.approvalsNeeded() + " from "
                  + String.join(", ", p.approvers()) + " (not the requester)";
        String footnote = "Requested by <@" + p.requester() + "> · only they can confirm · expires <!date^"
                + p.expiresAt().getEpochSecond() + "^{time}|in " + ttl(p).toMinutes() + " min>" + needs;
        List<Button> buttons = new ArrayList<>();
        buttons.add(Button.of(CONFIRM, p.id(), "Confirm").styled("primary")
                .asking(new Button.Ask(headline, Mrkdwn.toPlain(preview(p)), "Yes, run it", "Not yet")));
        if (p.approvalsNeeded() > 0) {
            buttons.add(Button.of(APPROVE, p.id(), "Approve"));
        }
        buttons.add(Button.of(CANCEL, p.id(), "Cancel").styled("danger"));
        return Message.of("*" + headline + "*\n" + preview(p)).context(footnote).buttons("nexus_pending", buttons)
                .inChannel(headline + " " + footnote);
    }

    /** The same message without buttons, saying how it ended. */
    public static Reply settled(PendingAction p, String status) {
        String headline = RequestNames.headline(p.request());
        return Message.of("*" + headline + "*\n" + preview(p)).context(status).inChannel(headline + " " + status);
    }

    /** A message for the channel (results, progress), split within Slack's limits. */
    public static Reply post(String mrkdwn) {
        return Message.of(mrkdwn).inChannel(Texts.cut(mrkdwn, Sections.MAX_SECTION_CHARS));
    }

    /** A cooldown denial, visible in the channel, with the button leads use to override it. */
    public static Reply cooldownDenied(PendingAction held) {
        String denial = Texts.cut(":no_entry: <@" + held.requester() + ">'s " + RequestNames.of(held.request())
                + " was denied: " + held.preview() + ".", Sections.MAX_SECTION_CHARS);
        String note = "Leads can override the cooldown with a reason within " + ttl(held).toMinutes()
                + " min; the request then gets a fresh confirmation.";
        return Message.of(denial).context(note).buttons("nexus_override",
                List.of(Button.of(OVERRIDE, held.id(), "Override cooldown (leads)"))).inChannel(denial);
    }

    /** The lead's reason for an override; the held request's id travels as the form's metadata. */
    public static Form overrideForm(String heldId, String headline) {
        return new Form(OVERRIDE_CALLBACK, heldId, "Override cooldown", "Override", headline,
                new Form.Input(REASON, "Reason", "Recorded in the audit log and shown with the new confirmation.",
                        MAX_REASON));
    }

    /** "Override the cooldown for @ada's `k8s.rollback` on *core-api*?" */
    public static String overrideHeadline(PendingAction held) {
        return "Override the cooldown for <@" + held.requester() + ">'s `" + held.request().action() + "` on *"
                + held.request().service() + "*?";
    }

    /** How long the confirmation stays valid: it was created with its expiry. */
    private static Duration ttl(PendingAction p) {
        return Duration.between(p.createdAt(), p.expiresAt());
    }
}
