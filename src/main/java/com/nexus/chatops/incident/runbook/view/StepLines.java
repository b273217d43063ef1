package com.nexus.chatops.incident.runbook.view;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.nexus.chatops.config.Actions;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Service;
import com.nexus.chatops.core.Texts;
import com.nexus.chatops.runbook.ActionCall;
import com.nexus.chatops.runbook.Condition;
import com.nexus.chatops.runbook.ManualCommand;
import com.nexus.chatops.runbook.Placeholders;
import com.nexus.chatops.runbook.Stage;
import com.nexus.chatops.runbook.Step;
import com.nexus.chatops.runbook.StepRef;
import com.nexus.chatops.runbook.StepRun;
import com.nexus.chatops.runbook.hint.Advice;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.SlackDates;
import com.nexus.chatops.slack.Sections;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.Optional;

/** One runbook step, or one hint, as a section: its words, its command, its button and who ran it. */
final class StepLines {
    /** Slack's limit on a button's text. */
    private static final int MAX_LABEL = 75;
    private static final String PREFIX = "/nexus ";

    private final RunbookMessage.Shown shown;
    private final NexusConfig config;
    private final Optional<Service> service;

    StepLines(RunbookMessage.Shown shown, NexusConfig config) {
        this.shown = shown;
        this.config = config;
        this.service = shown.service().flatMap(config::service);
    }

    List<Step> suited(Stage stage) {
        return shown.runbook().stepsFor(service).stream().filter(s -> s.key().stage() == stage).toList();
    }

    LayoutBlock hint(Advice advice) {
        Step step = advice.step();
        String words = step.condition().map(Condition::describe).orElse(advice.hint().signal().description());
        String text = (advice.hint().recommends() ? ":bulb: *If " : ":information_source: *If ")
                + Mrkdwn.escape(words) + "* \u2014 " + Mrkdwn.escape(advice.hint().explain()) + ".\n"
                + (advice.hint().recommends() ? "\u2192 " + Mrkdwn.escape(step.text()) : "");
        Optional<String> line = advice.hint().recommends() ? commandLine(step) : Optional.empty();
        if (line.isEmpty()) {
            Optional<Step> evidence = evidence(advice);
            if (evidence.isPresent()) {
                return block(text, RunbookMessage.STEP + step.key() + ".hint", evidence.get(),
                        commandLine(evidence.get()));
            }
        }
        return block(text, RunbookMessage.STEP + step.key() + ".hint", step, line);
    }

    /** For a hint on a step nexus cannot run: the runbook's step that runs the read showing the hint's evidence. */
    private Optional<Step> evidence(Advice advice) {
        return advice.hint().shownBy().flatMap(action -> shown.runbook().stepsFor(service).stream()
                .filter(s -> s.action().filter(a -> a.action().equals(action)).isPresent())
                .filter(s -> commandLine(s).isPresent()).findFirst());
    }

    /** @param position where the step stands among the steps shown for this stage, from 1 */
    LayoutBlock step(Step step, int position) {
        StringBuilder text = new StringBuilder();
        if (position == 1) {
            text.append("*").append(Texts.capitalized(step.key().stage().key())).append("*\n");
        }
        text.append("*").append(position).append(".* ").append(Mrkdwn.escape(step.text()));
        step.condition().ifPresent(c -> text.append("\n_If ").append(Mrkdwn.escape(c.describe())).append("_"));
        Optional<String> line = commandLine(step);
        if (step.instruction() instanceof ManualCommand manual && manual.command().isPresent()) {
            String filled = service.map(s -> Placeholders.fill(manual.command().get(), s))
                    .orElse(manual.command().get());
            text.append("\n```").append(Mrkdwn.escape(filled.strip())).append("```");
        } else if (step.instruction() instanceof ActionCall) {
            text.append(line.map(l -> "\n`" + Mrkdwn.escape(l) + "`")
                    .orElse("\n_Not available for this incident (it needs a service nexus.yml gives this step)._"));
        }
        StepRun run = shown.runs().get(step.key());
        if (run != null) {
            boolean reads = step.action().map(a -> Actions.reads(a.action())).orElse(true);
            text.append(reads ? "\n:white_check_mark: Last run by <@" : "\n:arrow_forward: Last requested by <@")
                    .append(run.by()).append("> ")
                    .append(SlackDates.at(run.at())).append(run.runs() > 1 ? " (" + run.runs() + " runs)" : "");
        }
        return block(text.toString(), RunbookMessage.STEP + step.key(), step, line);
    }

    private Optional<String> commandLine(Step step) {
        return step.action().flatMap(a -> a.commandLine(shown.service(), config));
    }

    private LayoutBlock block(String mrkdwn, String actionId, Step step, Optional<String> line) {
        String text = Texts.cutMrkdwn(mrkdwn, Sections.MAX_SECTION_CHARS);
        return section(s -> {
            s.text(markdownText(text));
            line.ifPresent(l -> s.accessory(ButtonElement.builder()
                    .actionId(actionId)
                    .value(new StepRef(shown.postId(), step.key()).value())
                    .text(plainText(Texts.cut(l.startsWith(PREFIX) ? l.substring(PREFIX.length()) : l, MAX_LABEL)))
                    .build()));
            return s;
        });
    }
}
