package com.nexus.chatops.incident.view;

import com.nexus.chatops.command.Role;
import com.nexus.chatops.core.Texts;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.SlackIds;

/** Timeline and channel wording for incident changes (mrkdwn, user text escaped). */
public final class IncidentTexts {
    private IncidentTexts() {}

    public static String declared(Incident i, String description) {
        String text = "declared " + Severities.tag(i.severity()) + ": " + Mrkdwn.escapeWritten(i.title())
                + (i.service() == null ? "" : " (service " + Mrkdwn.escape(i.service()) + ")");
        return description == null || description.isBlank() ? text
                : text + " — " + Texts.cutMrkdwn(Mrkdwn.escapeWritten(description.strip()), 1000);
    }

    public static String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return "nobody";
        }
        return SlackIds.isUser(userId) ? "<@" + userId + ">" : Mrkdwn.escape(userId);
    }

    public static String role(Role role) {
        return role == Role.COMMANDER ? "incident commander" : "comms lead";
    }
}
