package com.nexus.chatops.incident.view;

import com.nexus.chatops.core.Texts;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.SlackIds;

/**
 * The incident channel's topic: severity · title · commander, within Slack's 250 characters. The title is
 * escaped like every user text nexus posts, so a title cannot mention the channel.
 */
public final class IncidentTopic {
    static final int MAX = 250;

    private IncidentTopic() {}

    public static String of(Incident i) {
        String head = (i.resolved() ? "Resolved · " : "") + Severities.tag(i.severity()) + " · ";
        String tail = " · Commander: " + (SlackIds.isUser(i.commander()) ? "<@" + i.commander() + ">" : "unassigned");
        int room = MAX - head.length() - tail.length();
        return head + Texts.cutMrkdwn(Mrkdwn.escape(i.title()), Math.max(10, room)) + tail;
    }
}
