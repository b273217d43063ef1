package com.nexus.chatops.incident.view;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.nexus.chatops.core.Texts;
import com.nexus.chatops.slack.Mrkdwn;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.util.List;

/**
 * The card's "Post update" and "Resolve" forms. The incident id travels in private_metadata; the block and
 * action ids below are what the submission handlers read back.
 */
public final class CommsModals {
    public static final String UPDATE_CALLBACK = "incident.update.submit";
    public static final String RESOLVE_CALLBACK = "incident.resolve.submit";
    public static final String PHASE = "phase";
    public static final String MESSAGE = "message";
    public static final String SUMMARY = "summary";
    /** Slack caps a plain-text input at 3000 characters, as nexus caps messages and summaries. */
    public static final int MAX_TEXT = 3000;
    private static final int MAX_HEADLINE = 2900;

    private CommsModals() {
    }

    /** @param phases the phase words in order; {@code current} is preselected */
    public static View update(long incidentId, String channelName, String title, List<String> phases,
                              String current, Integer cadenceMinutes) {
        List<OptionObject> options = phases.stream().map(p -> option(plainText(Texts.capitalized(p)), p)).toList();
        OptionObject initial = options.stream().filter(o -> o.getValue().equals(current)).findFirst()
                .orElse(options.get(0));
        String cadence = cadenceMinutes == null ? ""
                : " The next update will be due in " + cadenceMinutes + " minutes.";
        return view(v -> v.type("modal").callbackId(UPDATE_CALLBACK).privateMetadata(Long.toString(incidentId))
                .title(viewTitle(t -> t.type("plain_text").text("Post status update")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Post")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        section(s -> s.text(markdownText(headline(channelName, title)))),
                        input(i -> i.blockId(PHASE).label(plainText("Phase"))
                                .element(staticSelect(e -> e.actionId(PHASE).options(options).initialOption(initial)))),
                        input(i -> i.blockId(MESSAGE).optional(true).label(plainText("Message"))
                                .hint(plainText("Leave empty to post the runbook wording for the phase. Goes to the"
                                        + " incident channel and the stakeholder channel." + cadence))
                                .element(plainTextInput(e -> e.actionId(MESSAGE).multiline(true)
                                        .maxLength(MAX_TEXT)))))));
    }

    public static View resolve(long incidentId, String channelName, String title) {
        return view(v -> v.type("modal").callbackId(RESOLVE_CALLBACK).privateMetadata(Long.toString(incidentId))
                .title(viewTitle(t -> t.type("plain_text").text("Resolve incident")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Resolve")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        section(s -> s.text(markdownText(headline(channelName, title)
                                + "\nResolving posts [Resolved] here and to the stakeholders, freezes the card and"
                                + " uploads a post-mortem draft."))),
                        input(i -> i.blockId(SUMMARY).optional(true).label(plainText("Summary"))
                                .hint(plainText("What happened and what fixed it; it opens the post-mortem draft."))
                                .element(plainTextInput(e -> e.actionId(SUMMARY).multiline(true)
                                        .maxLength(MAX_TEXT)))))));
    }

    private static String headline(String channelName, String title) {
        String text = "*" + Mrkdwn.escape(channelName) + "*: " + Mrkdwn.escapeWritten(title);
        return Texts.cutMrkdwn(text, MAX_HEADLINE);
    }
}
