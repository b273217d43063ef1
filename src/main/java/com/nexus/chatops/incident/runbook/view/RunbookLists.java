package com.nexus.chatops.incident.runbook.view;

import com.nexus.chatops.runbook.Runbook;
import com.nexus.chatops.runbook.RunbookMatch;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import java.util.List;
import java.util.Optional;

/** The answers of `/nexus runbook`: the runbooks for this incident and why, every runbook, an unknown id. */
public final class RunbookLists {
    private static final String POST = "Post one here with `/nexus runbook <id>`.";

    private RunbookLists() {}

    /** The runbooks that fit the channel's incident, best first, each with the reason it fits. */
    public static Reply forIncident(String incidentTitle, List<RunbookMatch> matches, List<Runbook> all) {
        if (matches.isEmpty()) {
            return Replies.notice("No runbook matches \u201c" + Mrkdwn.escapeWritten(incidentTitle) + "\u201d.\n"
                    + catalog(all) + "\n" + POST);
        }
        StringBuilder text = new StringBuilder("*Runbooks for \u201c" + Mrkdwn.escapeWritten(incidentTitle)
                + "\u201d*, best first:");
        for (RunbookMatch m : matches) {
            text.append("\n\u2022 `").append(m.runbook().id()).append("` ").append(Mrkdwn.escape(m.runbook().title()))
                    .append(" \u2014 ").append(Mrkdwn.escape(m.reason()));
        }
        return Replies.notice(text + "\n" + POST);
    }

    /** Outside an incident channel: every runbook, and where they can be posted. */
    public static Reply all(List<Runbook> all) {
        return Replies.notice(catalog(all) + "\nRunbooks are posted in incident channels: " + POST);
    }

    public static Reply none() {
        return Replies.notice("nexus has no runbooks: NEXUS_RUNBOOKS names no directory with runbook files"
                + " (see docs/runbooks.md).");
    }

    public static Reply unknown(String typed, Optional<String> nearest) {
        return Replies.error("There is no runbook `" + Mrkdwn.escape(typed) + "`.",
                nearest.map(n -> "Did you mean `" + n + "`? `/nexus runbook " + n + "`").orElse(""),
                "`/nexus runbook` lists the runbooks for this incident.");
    }

    public static Reply notInIncident() {
        return Replies.notice(":warning: A runbook is posted in an incident channel, with its steps as buttons."
                + " Run `/nexus runbook <id>` there; `/nexus runbook` here lists them.");
    }

    /** Already in the channel: the message was refreshed in place, here is where it is. */
    public static Reply alreadyPosted(String id, Optional<String> link) {
        return Replies.notice(":book: The `" + id + "` runbook is already in this channel"
                + link.map(l -> " (<" + l + "|open it>)").orElse("") + "; it was refreshed in place.");
    }

    public static Reply posted(String id) {
        return Replies.notice(":book: Posted the `" + id + "` runbook in this channel.");
    }

    private static String catalog(List<Runbook> all) {
        StringBuilder text = new StringBuilder("*Runbooks* (" + all.size() + "):");
        for (Runbook r : all) {
            text.append("\n\u2022 `").append(r.id()).append("` ").append(Mrkdwn.escape(r.title()));
        }
        return text.toString();
    }
}
