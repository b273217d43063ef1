package com.nexus.chatops.incident;

import com.nexus.chatops.command.Role;
import com.nexus.chatops.reply.Mrkdwn;
import com.nexus.chatops.reply.Severities;
import com.nexus.chatops.reply.SlackIds;
import com.nexus.chatops.reply.Texts;

/** Timeline and channel wording for incident changes (mrkdwn, user text escaped). */
final class IncidentTexts {
    private IncidentTexts() {}

    static String declared(Incident i, String description) {
        String text = "declared " + Severities.tag(i.severity()) + ": " + Mrkdwn.escape(i.title())
                + (i.service() == null ? "" : " (service " + Mrkdwn.escape(i.service()) + ")");
        return description == null || description.isBlank() ? text
                : text + " — " + Mrkdwn.escape(Texts.cut(description.strip(), 1000));
    }

    static String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return "nobody";
        }
        return SlackIds.isUser(userId) ? "<@" + userId + ">" : Mrkdwn.escape(userId);
    }

    static String role(Role role) {
        return role == Role.COMMANDER ? "incident commander" : "comms lead";
    }
}
