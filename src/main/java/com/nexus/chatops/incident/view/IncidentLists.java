package com.nexus.chatops.incident.view;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.nexus.chatops.core.Texts;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackDates;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.util.ArrayList;
import java.util.List;

/** Lists of incidents: `/nexus status` outside an incident channel, and the App Home tab. */
public final class IncidentLists {
    /** Leaves room for headings in a 50-block message. */
    static final int MAX_LISTED = 40;
    /** Slack refuses a message whose block texts add up to much more than 12,000 characters. */
    static final int MAX_CHARS = 10_000;

    private IncidentLists() {}

    /** `/nexus status` anywhere but an incident channel. */
    public static Reply open(List<Incident> open) {
        String heading = open.isEmpty() ? ":white_check_mark: No open incidents."
                : "*" + open.size() + " open incident" + (open.size() == 1 ? "" : "s") + "*";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(heading))));
        List<LayoutBlock> listed = entries(open, MAX_LISTED);
        blocks.addAll(listed);
        StringBuilder text = new StringBuilder(Mrkdwn.toPlain(heading));
        open.stream().limit(listed.stream().filter(b -> b instanceof SectionBlock).count())
                .forEach(i -> text.append('\n').append(Mrkdwn.toPlain(line(i))));
        return Reply.ephemeral(text.toString(), blocks);
    }

    /** One section per incident, at most {@code max} and {@link #MAX_CHARS}, then how many were left out. */
    static List<LayoutBlock> entries(List<Incident> incidents, int max) {
        List<LayoutBlock> blocks = new ArrayList<>();
        int chars = 0;
        for (Incident i : incidents) {
            String line = line(i);
            if (blocks.size() == max || chars + line.length() > MAX_CHARS) {
                break;
            }
            chars += line.length();
            blocks.add(section(s -> s.text(markdownText(line))));
        }
        if (incidents.size() > blocks.size()) {
            int more = incidents.size() - blocks.size();
            blocks.add(context(List.of(markdownText("…and " + more + " more (oldest shown first)."))));
        }
        return blocks;
    }

    /** "#incident-… · SEV2 · title / declared 5 minutes ago · commander @x · investigating". */
    static String line(Incident i) {
        String channel = IncidentNotices.channel(i);
        return "*" + Severities.tag(i.severity()) + "* " + channel + " · "
                + Texts.cutMrkdwn(Mrkdwn.escapeWritten(i.title()), 150)
                + "\nDeclared " + SlackDates.ago(i.declaredAt()) + " · Commander " + IncidentCard.person(i.commander())
                + " · " + IncidentCard.phase(i);
    }
}
