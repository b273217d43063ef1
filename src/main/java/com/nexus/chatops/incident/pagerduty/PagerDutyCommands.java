package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.guard.IncidentRef;
import com.nexus.chatops.guard.Permission;
import com.nexus.chatops.guard.Permissions;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.lifecycle.IncidentLookup;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.timeline.TimelineEntry;
import java.util.Optional;

/** `/nexus ack` and `/nexus page <service> [message]`: the two PagerDuty actions a command runs at once. */
public final class PagerDutyCommands {
    private final IncidentLookup lookup;
    private final IncidentRecords records;
    private final PagerDutyActions actions;
    private final Pages pages;
    private final Permissions permissions;

    public PagerDutyCommands(IncidentLookup lookup, IncidentRecords records, PagerDutyActions actions, Pages pages,
                             Permissions permissions) {
        this.lookup = lookup;
        this.records = records;
        this.actions = actions;
        this.pages = pages;
        this.permissions = permissions;
    }

    public Reply ack(Invocation inv, Command.Ack command) {
        return actions.acknowledge(lookup.require(inv, "ack"), inv.userId(), inv.channelId(), inv.channelName());
    }

    /** {@code pagerduty.page}, checked where it was typed; denied, nothing is sent. */
    public Reply page(Invocation inv, Command.Page command) {
        Incident incident = lookup.find(inv).filter(i -> !i.resolved()).orElse(null);
        Optional<String> missing = pages.unavailable(command.service());
        if (missing.isPresent()) {
            return Replies.notice(":x: " + Mrkdwn.escape(missing.get()) + " Nobody was paged.");
        }
        Permission permission = permissions.check(inv.userId(), inv.channelId(), inv.channelName(),
                Optional.ofNullable(incident).map(i -> new IncidentRef(i.id(), i.severity())),
                new ActionRequest.PagerDutyPage(command.service()));
        if (!permission.allowed()) {
            return Replies.notice(":no_entry: Denied: " + permission.denial() + ". Nobody was paged.");
        }
        String key;
        try {
            key = pages.page(command.service(), incident, command.message(), inv.userId(), inv.correlationId());
        } catch (RuntimeException e) {
            permission.done("failed", e.getMessage());
            throw e;
        }
        permission.done("paged (dedup key " + key + ")", null);
        String service = Mrkdwn.escape(command.service());
        if (incident == null) {
            return Replies.notice(":pager: Paged " + service + " through PagerDuty (dedup key `" + key + "`).");
        }
        records.timeline().append(new TimelineEntry(incident.id(), records.clock().instant(), "page", inv.userId(),
                "paged " + service + " through PagerDuty" + (command.message().isBlank() ? ""
                        : ": " + Mrkdwn.escapeWritten(command.message())), "page:" + key + ":" + inv.correlationId()));
        return Replies.notice(":pager: Paged " + service + " through PagerDuty (dedup key `" + key + "`; paging "
                + "again for this incident updates the same alert). PagerDuty's incident is linked here when it opens.");
    }
}
