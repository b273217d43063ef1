package com.nexus.chatops.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a Block Kit reply as readable terminal text, for the console transport. */
public final class PlainText {
    private PlainText() {}

    public static String render(Reply reply) {
        if (reply.blocks().isEmpty()) {
            return Mrkdwn.toPlain(reply.text());
        }
        List<String> out = new ArrayList<>();
        for (LayoutBlock block : reply.blocks()) {
            String s = render(block);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return String.join("\n", out);
    }

    static String render(LayoutBlock block) {
        if (block instanceof HeaderBlock h) {
            String title = text(h.getText());
            return title + "\n" + "=".repeat(Math.min(60, title.length()));
        }
        if (block instanceof SectionBlock s) {
            List<String> parts = new ArrayList<>();
            if (s.getText() != null) {
                parts.add(text(s.getText()));
            }
            if (s.getFields() != null) {
                parts.add(s.getFields().stream().map(PlainText::text).collect(Collectors.joining("\n")));
            }
            return String.join("\n", parts);
        }
        if (block instanceof ContextBlock c) {
            return c.getElements().stream()
                    .filter(TextObject.class::isInstance)
                    .map(e -> text((TextObject) e))
                    .collect(Collectors.joining("  "));
        }
        if (block instanceof DividerBlock) {
            return "-".repeat(40);
        }
        if (block instanceof ActionsBlock a) {
            return a.getElements().stream().map(PlainText::element).collect(Collectors.joining(" "));
        }
        return "";
    }

    private static String element(BlockElement e) {
        if (e instanceof ButtonElement b) {
            return "[" + text(b.getText()) + "]";
        }
        return "";
    }

    private static String text(TextObject t) {
        if (t instanceof MarkdownTextObject m) {
            return Mrkdwn.toPlain(m.getText());
        }
        if (t instanceof PlainTextObject p) {
            return p.getText();
        }
        return "";
    }
}
