package com.nexus.chatops.reply;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.Sections;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Texts;

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

    private ActionMessages() {}

    /**
     * @param headline  e.g. "Roll back core-api?"; also the confirm dialog's question
     * @param preview   the action's preview, mrkdwn
     * @param footnote  who asked, expiry, approvals so far
     */
    public static Reply confirmation(String pendingId, String headline, String preview, String footnote,
                                     boolean approvable) {
        List<LayoutBlock> blocks = new ArrayList<>(Sections.of("*" + headline + "*\n" + preview));
        blocks = new ArrayList<>(blocks.subList(0, Math.min(blocks.size(), Sections.MAX_BLOCKS - 2)));
        blocks.add(context(List.of(markdownText(Texts.cut(footnote, Sections.MAX_SECTION_CHARS)))));
        List<BlockElement> buttons = new ArrayList<>();
        buttons.add(ButtonElement.builder().actionId(CONFIRM).value(pendingId).style("primary")
                .text(plainText("Confirm")).confirm(dialog(headline, preview)).build());
        if (approvable) {
            buttons.add(ButtonElement.builder().actionId(APPROVE).value(pendingId).text(plainText("Approve")).build());
        }
        buttons.add(ButtonElement.builder().actionId(CANCEL).value(pendingId).style("danger")
                .text(plainText("Cancel")).build());
        blocks.add(actions(a -> a.blockId("nexus_pending").elements(buttons)));
        return Reply.inChannel(headline + " " + footnote, blocks);
    }

    /** The same message without buttons, saying how it ended. */
    public static Reply settled(String headline, String preview, String status) {
        List<LayoutBlock> blocks = new ArrayList<>(Sections.of("*" + headline + "*\n" + preview));
        blocks = new ArrayList<>(blocks.subList(0, Math.min(blocks.size(), Sections.MAX_BLOCKS - 1)));
        blocks.add(context(List.of(markdownText(Texts.cut(status, Sections.MAX_SECTION_CHARS)))));
        return Reply.inChannel(headline + " " + status, blocks);
    }

    /** A message for the channel (results, progress), split within Slack's limits. */
    public static Reply post(String mrkdwn) {
        return Reply.inChannel(Texts.cut(mrkdwn, Sections.MAX_SECTION_CHARS), Sections.of(mrkdwn));
    }

    /** A cooldown denial, visible in the channel, with the button leads use to override it. */
    public static Reply cooldownDenied(String heldId, String denial, String note) {
        List<LayoutBlock> blocks = new ArrayList<>(Sections.of(Texts.cut(denial, Sections.MAX_SECTION_CHARS)));
        blocks.add(context(List.of(markdownText(Texts.cut(note, Sections.MAX_SECTION_CHARS)))));
        blocks.add(actions(a -> a.blockId("nexus_override").elements(List.of(ButtonElement.builder()
                .actionId(OVERRIDE).value(heldId).text(plainText("Override cooldown (leads)")).build()))));
        return Reply.inChannel(Texts.cut(denial, Sections.MAX_SECTION_CHARS), blocks);
    }

    /** The lead's reason for an override; the held request's id travels in private_metadata. */
    public static View overrideForm(String heldId, String headline) {
        return view(v -> v.type("modal").callbackId(OVERRIDE_CALLBACK).privateMetadata(heldId)
                .title(viewTitle(t -> t.type("plain_text").text("Override cooldown")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Override")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        section(b -> b.text(markdownText(Texts.cut(headline, Sections.MAX_SECTION_CHARS)))),
                        input(i -> i.blockId(REASON).label(plainText("Reason"))
                                .hint(plainText("Recorded in the audit log and shown with the new confirmation."))
                                .element(plainTextInput(e -> e.actionId(REASON).multiline(true).maxLength(500)))))));
    }

    private static ConfirmationDialogObject dialog(String headline, String preview) {
        return ConfirmationDialogObject.builder()
                .title(plainText(Texts.cut(headline, 100 - 1)))
                .text(plainText(Texts.cut(Mrkdwn.toPlain(preview), 300)))
                .confirm(plainText("Yes, run it"))
                .deny(plainText("Not yet"))
                .build();
    }
}
