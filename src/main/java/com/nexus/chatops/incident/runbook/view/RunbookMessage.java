package com.nexus.chatops.incident.runbook.view;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.core.Texts;
import com.nexus.chatops.runbook.Runbook;
import com.nexus.chatops.runbook.Stage;
import com.nexus.chatops.runbook.Step;
import com.nexus.chatops.runbook.StepKey;
import com.nexus.chatops.runbook.StepRun;
import com.nexus.chatops.runbook.hint.Advice;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.Sections;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A posted runbook: title and why it was offered, the decision hints the live data bears out (each with its
 * step's button), then every step by stage: action steps with a button that runs the command shown, manual steps
 * with their command for copying, and under each step that ran who ran it last and when. Re-rendered in place
 * (chat.update) whenever a step runs.
 */
public final class RunbookMessage {
    /** A step button's action id is this plus the step key (Slack wants action ids unique within a message). */
    public static final String STEP = "runbook.step.";

    /** What the message shows: the runbook as it suits the incident's service, with its hints and progress. */
    public record Shown(long postId, Runbook runbook, Optional<String> service, String reason, List<Advice> advice,
                        Map<StepKey, StepRun> runs) {
        public Shown {
            advice = List.copyOf(advice);
            runs = Map.copyOf(runs);
        }
    }

    private RunbookMessage() {}

    public static Reply render(Shown shown, NexusConfig config) {
        Runbook runbook = shown.runbook();
        StepLines lines = new StepLines(shown, config);
        List<LayoutBlock> blocks = new ArrayList<>();
        String head = ":book: *Runbook: " + Mrkdwn.escape(runbook.title()) + "* (`" + runbook.id() + "`)"
                + (runbook.summary().isBlank() ? "" : "\n" + Mrkdwn.escape(runbook.summary()));
        blocks.add(section(s -> s.text(markdownText(Texts.cutMrkdwn(head, Sections.MAX_SECTION_CHARS)))));
        blocks.add(context(List.of(markdownText(Texts.cutMrkdwn("Offered because " + Mrkdwn.escape(shown.reason())
                + ". A button runs its step as typing the command would: the same checks, confirmation and audit.",
                Sections.MAX_SECTION_CHARS)))));
        for (Advice advice : shown.advice()) {
            blocks.add(lines.hint(advice));
        }
        List<LayoutBlock> steps = new ArrayList<>();
        for (Stage stage : runbook.stages()) {
            List<Step> inStage = lines.suited(stage);
            for (int i = 0; i < inStage.size(); i++) {
                steps.add(lines.step(inStage.get(i), i + 1));
            }
        }
        int room = Sections.MAX_BLOCKS - blocks.size() - 1;
        if (steps.size() > room + 1) {
            int left = steps.size() - room;
            blocks.addAll(steps.subList(0, room));
            blocks.add(context(List.of(markdownText(left + " more steps are in the runbook file (`" + runbook.id()
                    + "`); this message has room for " + room + "."))));
        } else {
            blocks.addAll(steps);
        }
        return Reply.inChannel("Runbook: " + runbook.title() + " (" + runbook.id() + ")", blocks);
    }
}
