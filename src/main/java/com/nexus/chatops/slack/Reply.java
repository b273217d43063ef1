package com.nexus.chatops.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * What nexus says back: Block Kit for Slack plus a plain fallback text (notifications, screen readers, console).
 * Ephemeral replies are seen only by the person who typed the command.
 */
public record Reply(String text, List<LayoutBlock> blocks, boolean ephemeral) {

    public Reply {
        text = text == null ? "" : text;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public static Reply ephemeral(String text, List<LayoutBlock> blocks) {
        return new Reply(text, blocks, true);
    }

    public static Reply inChannel(String text, List<LayoutBlock> blocks) {
        return new Reply(text, blocks, false);
    }

    /** The same message, seen only by the person it answers. */
    public Reply asEphemeral() {
        return new Reply(text, blocks, true);
    }
}
