package com.nexus.chatops.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** Splits long mrkdwn into section blocks that respect Slack's per-section and per-message limits. */
public final class Sections {
    /** Slack rejects a section whose text exceeds 3000 characters. */
    public static final int MAX_SECTION_CHARS = 3000;
    /** Slack rejects a message with more than 50 blocks. */
    public static final int MAX_BLOCKS = 50;

    private Sections() {}

    /** Breaks at line ends where possible; a single over-long line is cut hard. */
    public static List<LayoutBlock> of(String mrkdwn) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String chunk : chunks(mrkdwn == null ? "" : mrkdwn, MAX_SECTION_CHARS)) {
            if (blocks.size() == MAX_BLOCKS) {
                break;
            }
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
        return blocks;
    }

    static List<String> chunks(String text, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            while (line.length() > max) {
                flush(out, current);
                out.add(line.substring(0, max));
                line = line.substring(max);
            }
            if (current.length() > 0 && current.length() + 1 + line.length() > max) {
                flush(out, current);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(line);
        }
        flush(out, current);
        if (out.isEmpty()) {
            out.add(" ");
        }
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        current.setLength(0);
    }
}
