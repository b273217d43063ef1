package com.nexus.chatops.incident.view;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.nexus.chatops.core.Texts;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.Sections;
import com.nexus.chatops.slack.SlackDates;
import com.slack.api.model.block.LayoutBlock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The messages of an incident's communication: status updates (in the incident channel and for stakeholders),
 * the resolution with its response times, update reminders and the post-mortem review reminder.
 * What responders wrote goes through {@link Mrkdwn#escapeWritten} (their mentions of people and channels work,
 * nothing else in it is markup), other text through {@link Mrkdwn#escape}; long text is split into sections within
 * Slack's limits.
 */
public final class CommsMessages {
    private static final int MAX_CONTEXT = 2000;
    /** Slack refuses a message whose blocks carry more than about 13,000 characters in all. */
    private static final int MAX_MAIN = 11_000;

    private CommsMessages() {
    }

    /**
     * @param tag    "[Investigating]"
     * @param body   the update after its tag, as the responder wrote it (their mentions of people and channels
     *               are shown as mentions)
     * @param where  e.g. "incident-20261124-001 · SEV2 · core-api", plain text
     */
    public static Reply update(String tag, String body, String where, String actor) {
        String main = "*" + tag + "* " + Mrkdwn.escapeWritten(body);
        String footer = Mrkdwn.escape(where) + (actor == null ? "" : " · posted by <@" + actor + ">");
        return message(Mrkdwn.escapeWritten(tag + " " + body), main, footer);
    }

    /** The same update for the stakeholder channel, linking the incident channel. */
    public static Reply broadcast(String tag, String body, String title, String severity, String channelId) {
        String main = "*" + tag + "* " + Mrkdwn.escapeWritten(body);
        String footer = Mrkdwn.escape(severity + " · ") + Mrkdwn.escapeWritten(title)
                + (channelId == null ? "" : " · <#" + channelId + ">");
        return message(Mrkdwn.escapeWritten(tag + " " + body), main, footer);
    }

    /** The resolution as posted in the incident channel: template, summary, response times. */
    public static Reply resolved(String tag, String body, String summary, Optional<Duration> tta,
                                 Optional<Duration> ttr, String actor) {
        StringBuilder main = new StringBuilder("*" + tag + "* " + Mrkdwn.escapeWritten(body));
        if (summary != null && !summary.isBlank()) {
            main.append("\n*Summary:* ").append(Mrkdwn.escapeWritten(summary));
        }
        main.append("\n").append(times(tta, ttr));
        String footer = actor == null ? "resolved" : "resolved by <@" + actor + ">";
        return message(Mrkdwn.escapeWritten(tag + " " + body), main.toString(), footer);
    }

    /** "Time to acknowledge: 4 min · Time to resolve: 1 h 05 min". */
    public static String times(Optional<Duration> tta, Optional<Duration> ttr) {
        return "*Time to acknowledge:* " + tta.map(SlackDates::duration).orElse("not acknowledged")
                + " · *Time to resolve:* " + ttr.map(SlackDates::duration).orElse("not resolved");
    }

    /** Nudges the person who owes the channel a status update. */
    public static Reply reminder(String userId, int cadenceMinutes, Instant lastUpdate, String severity) {
        String since = lastUpdate == null ? "since the incident was declared"
                : "since " + SlackDates.at(lastUpdate);
        String text = ":alarm_clock: <@" + userId + "> no status update " + since + ". This " + Mrkdwn.escape(severity)
                + " incident gets one every " + cadenceMinutes + " minutes: post it with"
                + " `/nexus update investigating|identified|monitoring [message]` or the card's *Post update*.";
        return Reply.inChannel(Mrkdwn.toPlain(text), Sections.of(text));
    }

    /** After the draft is uploaded: hold the review within 48 hours. */
    public static Reply reviewReminder(Instant reviewBy, String commander) {
        String who = commander == null ? "" : "<@" + commander + "> ";
        String text = ":memo: " + who + "The post-mortem draft is attached. Hold the review within 48 hours, by "
                + SlackDates.at(reviewBy) + ": fill in the root cause, what went well and badly, and give each"
                + " action item an owner and a due date. `/nexus postmortem` regenerates the draft from the timeline.";
        return Reply.inChannel(Mrkdwn.toPlain(text), Sections.of(text));
    }

    private static Reply message(String fallback, String mainMrkdwn, String footerMrkdwn) {
        List<LayoutBlock> blocks = new ArrayList<>(Sections.of(Texts.cutMrkdwn(mainMrkdwn, MAX_MAIN)));
        if (blocks.size() >= Sections.MAX_BLOCKS) {
            blocks = new ArrayList<>(blocks.subList(0, Sections.MAX_BLOCKS - 1));
        }
        blocks.add(context(List.of(markdownText(Texts.cutMrkdwn(footerMrkdwn, MAX_CONTEXT)))));
        return Reply.inChannel(Texts.cutMrkdwn(fallback, MAX_MAIN), blocks);
    }
}
