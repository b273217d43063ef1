package com.nexus.chatops.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.nexus.chatops.core.Texts;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** The small set of reply shapes every command shares: notices, errors, help and failures. */
public final class Replies {
    private Replies() {}

    public static Reply notice(String mrkdwn) {
        return Reply.ephemeral(mrkdwn, Sections.of(mrkdwn));
    }

    /** A line for everyone in the channel. */
    public static Reply say(String mrkdwn) {
        return Reply.inChannel(mrkdwn, Sections.of(mrkdwn));
    }

    /** A user mistake: what was wrong first, then how to say it right. */
    public static Reply error(String problem, String usage, String hint) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String mark = ":warning: ";
        String shown = mark + Texts.cut(problem, Sections.MAX_SECTION_CHARS - mark.length());
        blocks.add(section(s -> s.text(markdownText(shown))));
        if (usage != null && !usage.isBlank()) {
            blocks.add(section(s -> s.text(markdownText(Texts.cut(usage, Sections.MAX_SECTION_CHARS)))));
        }
        if (hint != null && !hint.isBlank()) {
            blocks.add(context(List.of(markdownText(Texts.cut(hint, Sections.MAX_SECTION_CHARS)))));
        }
        String text = String.join("\n", nonBlank(problem, usage, hint));
        return Reply.ephemeral(text, blocks);
    }

    /** Something broke on our side; the reference lets an operator find the log line. */
    public static Reply failure(String what, String correlationId) {
        String text = ":x: Something went wrong while running " + what + ". Nothing further was done."
                + "\nReference `" + correlationId + "` (the nexus log has the details).";
        return notice(text);
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }
}
