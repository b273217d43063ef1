package com.nexus.chatops.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.nexus.chatops.core.Texts;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A message from mrkdwn: its sections, then an optional context line and an optional row of buttons, within
 * Slack's limits (the sections give way to the lines after them when the message is long).
 */
public final class Message {
    private final String mrkdwn;
    private String context;
    private String buttonsBlock;
    private List<Button> buttons = List.of();

    private Message(String mrkdwn) {
        this.mrkdwn = mrkdwn;
    }

    public static Message of(String mrkdwn) {
        return new Message(mrkdwn);
    }

    /** A line in small print under the text. */
    public Message context(String contextMrkdwn) {
        this.context = contextMrkdwn;
        return this;
    }

    public Message buttons(String blockId, List<Button> row) {
        this.buttonsBlock = blockId;
        this.buttons = List.copyOf(row);
        return this;
    }

    public Reply inChannel(String fallback) {
        return Reply.inChannel(fallback, blocks());
    }

    private List<LayoutBlock> blocks() {
        int after = (context == null ? 0 : 1) + (buttons.isEmpty() ? 0 : 1);
        List<LayoutBlock> sections = Sections.of(mrkdwn);
        List<LayoutBlock> blocks = new ArrayList<>(sections.subList(0, Math.min(sections.size(),
                Sections.MAX_BLOCKS - after)));
        if (context != null) {
            blocks.add(Blocks.context(List.of(markdownText(Texts.cut(context, Sections.MAX_SECTION_CHARS)))));
        }
        if (!buttons.isEmpty()) {
            List<BlockElement> elements = buttons.stream().map(b -> (BlockElement) b.element()).toList();
            blocks.add(actions(a -> a.blockId(buttonsBlock).elements(elements)));
        }
        return blocks;
    }
}
