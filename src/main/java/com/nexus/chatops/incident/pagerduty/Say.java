package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.reply.Reply;
import com.nexus.chatops.reply.Sections;

/** A line posted to an incident channel for everyone (mrkdwn, within Slack's limits). */
final class Say {
    private Say() {}

    static Reply inChannel(String mrkdwn) {
        return Reply.inChannel(mrkdwn, Sections.of(mrkdwn));
    }
}
