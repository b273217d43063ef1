package com.nexus.chatops.incident.view;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.nexus.chatops.core.Texts;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackDates;
import com.nexus.chatops.timeline.TimelineEntry;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * `/nexus timeline` as one or more messages: each stays under Slack's 50 blocks, 3,000 characters per section
 * and roughly 12,000 characters of text per message, so a long incident is paged, never refused.
 */
public final class TimelineBlocks {
    static final int SECTION_CHARS = 2_800;
    static final int MESSAGE_CHARS = 11_000;
    static final int BLOCKS = 45;
    static final int LINE_CHARS = 1_200;

    private TimelineBlocks() {}

    public static List<Reply> pages(Incident incident, List<TimelineEntry> entries) {
        List<List<String>> pages = paginate(entries.stream().map(TimelineBlocks::line).toList());
        List<Reply> replies = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String heading = "*Timeline of " + IncidentNotices.channel(incident) + "* · " + entries.size() + " entr"
                    + (entries.size() == 1 ? "y" : "ies") + (pages.size() > 1 ? " · page " + (p + 1) + "/" + pages.size() : "");
            List<LayoutBlock> blocks = new ArrayList<>();
            blocks.add(section(s -> s.text(markdownText(heading))));
            pages.get(p).forEach(chunk -> blocks.add(section(s -> s.text(markdownText(chunk)))));
            replies.add(Reply.ephemeral(Mrkdwn.toPlain(heading + "\n" + String.join("\n", pages.get(p))), blocks));
        }
        return replies;
    }

    static String line(TimelineEntry e) {
        String who = e.actor() == null ? "" : IncidentCard.person(e.actor()) + " ";
        return "• " + SlackDates.time(e.at()) + " `" + Mrkdwn.escape(e.kind()) + "` " + who + Texts.cutMrkdwn(e.text(), LINE_CHARS);
    }

    /** Lines into sections, sections into pages; an empty timeline is one page with a note. */
    private static List<List<String>> paginate(List<String> lines) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        int pageChars = 0;
        for (String line : lines) {
            if (section.length() > 0 && section.length() + 1 + line.length() > SECTION_CHARS) {
                page.add(section.toString());
                section.setLength(0);
            }
            if (pageChars + line.length() > MESSAGE_CHARS || page.size() == BLOCKS) {
                if (section.length() > 0) {
                    page.add(section.toString());
                    section.setLength(0);
                }
                pages.add(page);
                page = new ArrayList<>();
                pageChars = 0;
            }
            section.append(section.length() > 0 ? "\n" : "").append(line);
            pageChars += line.length() + 1;
        }
        if (section.length() > 0) {
            page.add(section.toString());
        }
        if (page.isEmpty() && pages.isEmpty()) {
            page.add("_Nothing recorded yet._");
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}
