package com.nexus.chatops.incident.view;

import com.nexus.chatops.core.Texts;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackIds;

/** Short messages about an incident: the stakeholder announcement and the declarer's confirmation. */
public final class IncidentNotices {
    private IncidentNotices() {}

    /** Posted in the stakeholder channel when an incident is declared. */
    public static Reply announcement(Incident i, String description) {
        StringBuilder text = new StringBuilder(":rotating_light: *" + Severities.tag(i.severity()) + " incident declared:* "
                + Mrkdwn.escapeWritten(i.title()));
        text.append("\nChannel: ").append(channel(i));
        if (i.service() != null) {
            text.append(" · Service: ").append(Mrkdwn.escape(i.service()));
        }
        if (SlackIds.isUser(i.declaredBy())) {
            text.append(" · Declared by <@").append(i.declaredBy()).append('>');
        }
        if (description != null && !description.isBlank()) {
            text.append("\n>").append(Texts.cutMrkdwn(Mrkdwn.escapeWritten(description.strip()), 1500).replace("\n", "\n>"));
        }
        return Replies.say(text.toString());
    }

    /** The answer to whoever declared: where to go. */
    public static Reply declared(Incident i) {
        String text = ":rotating_light: Declared " + channel(i) + " — " + Severities.tag(i.severity()) + " "
                + Mrkdwn.escapeWritten(i.title());
        return Replies.say(text);
    }

    /**
     * The answer when no severity was typed: which level nexus chose and how to change it, so a responder who
     * meant another level (and paging) is not left guessing.
     */
    public static Reply declaredAtDefault(Incident i) {
        String tag = Severities.tag(i.severity());
        String text = ":rotating_light: Declared " + channel(i) + " — " + tag + " " + Mrkdwn.escapeWritten(i.title())
                + "\nNo severity was given, so it is " + tag + ", the default. Change it with `/nexus severity sev1-4` in the incident channel, or declare with the"
                + " level first or last: `/nexus declare sev2 " + Mrkdwn.escape(i.title()) + "`.";
        return Replies.say(text);
    }

    public static String channel(Incident i) {
        return i.channelId() == null ? "#" + i.channelName() : "<#" + i.channelId() + "|" + i.channelName() + ">";
    }
}
