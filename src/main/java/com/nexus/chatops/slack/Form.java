package com.nexus.chatops.slack;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.nexus.chatops.core.Texts;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;

/**
 * A modal that asks for one piece of text: an introduction in mrkdwn, then a multiline input. The submission
 * comes back under {@code callbackId}, with {@code metadata} (what it is about) and the text under
 * {@code inputId} as both block and action id.
 */
public record Form(String callbackId, String metadata, String title, String submit, String intro, Input input) {

    /** The text field: its id, label, hint and how long the answer may be. */
    public record Input(String id, String label, String hint, int maxLength) {
    }

    public View view() {
        return Views.view(v -> v.type("modal").callbackId(callbackId).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(t -> t.type("plain_text").text(submit)))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        section(b -> b.text(markdownText(Texts.cut(intro, Sections.MAX_SECTION_CHARS)))),
                        Blocks.input(i -> i.blockId(input.id()).label(plainText(input.label()))
                                .hint(plainText(input.hint()))
                                .element(plainTextInput(e -> e.actionId(input.id()).multiline(true)
                                        .maxLength(input.maxLength())))))));
    }
}
