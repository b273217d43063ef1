package com.nexus.chatops.incident.view;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;

/** What the declarer is told about a declaration nexus was interrupted in the middle of. */
public final class SetupNotices {
    private SetupNotices() {}

    /** The channel is ready after all. */
    public static Reply finished(Incident i) {
        return Replies.say(":white_check_mark: nexus stopped while setting up your incident "
                + Severities.tag(i.severity()) + " " + Mrkdwn.escapeWritten(i.title()) + "; it is finished now: "
                + IncidentNotices.channel(i) + ".");
    }

    /** It could not be finished; {@code reason} is a sentence, plain text. */
    public static Reply unfinished(Incident i, String reason) {
        return Replies.say(":warning: nexus stopped while setting up your incident " + Severities.tag(i.severity())
                + " " + Mrkdwn.escapeWritten(i.title()) + " and could not finish it: " + Mrkdwn.escape(reason)
                + "\nIt is recorded as #" + Mrkdwn.escape(i.channelName())
                + (i.channelId() == null ? " without a channel" : " without its card")
                + "; nexus keeps trying. Resolve it with `/nexus resolve` in its channel once it appears.");
    }
}
