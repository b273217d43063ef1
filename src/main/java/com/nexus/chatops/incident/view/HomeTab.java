package com.nexus.chatops.incident.view;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.nexus.chatops.incident.Incident;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/** The App Home tab: the open incidents, and those where the viewer is commander or comms lead. */
public final class HomeTab {
    /** A Home view holds at most 100 blocks; two lists of this many plus headings stay under it. */
    static final int MAX_PER_LIST = 40;

    private HomeTab() {}

    public static View view(List<Incident> open, List<Incident> mine) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your incidents"))));
        if (mine.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("_You hold no role in an open incident._"))));
        }
        blocks.addAll(IncidentLists.entries(mine, MAX_PER_LIST));
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText("Open incidents (" + open.size() + ")"))));
        if (open.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(":white_check_mark: No open incidents."))));
        }
        blocks.addAll(IncidentLists.entries(open, MAX_PER_LIST));
        blocks.add(section(s -> s.text(markdownText("Declare one with `/nexus declare`; `/nexus help` lists every command."))));
        return View.builder().type("home").blocks(blocks).build();
    }
}
