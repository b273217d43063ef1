package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PagerDutyRef;
import com.nexus.chatops.config.Service;
import com.nexus.chatops.guard.Permission;
import com.nexus.chatops.guard.Permissions;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.lifecycle.IncidentLookup;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `/nexus ack`, `/nexus oncall [service]` and `/nexus page <service> [message]`. */
final class PagerDutyCommands {
    static final String PAGE = "pagerduty.page";
    private final NexusConfig config;
    private final IncidentLookup lookup;
    private final TimelineRepository timeline;
    private final PagerDutyActions actions;
    private final OnCalls onCalls;
    private final Pages pages;
    private final Permissions permissions;
    private final Clock clock;

    PagerDutyCommands(NexusConfig config, IncidentLookup lookup, TimelineRepository timeline,
                      PagerDutyActions actions, OnCalls onCalls, Pages pages, Permissions permissions, Clock clock) {
        this.permissions = permissions;
        this.config = config;
        this.lookup = lookup;
        this.timeline = timeline;
        this.actions = actions;
        this.onCalls = onCalls;
        this.pages = pages;
        this.clock = clock;
    }

    Reply ack(Invocation inv, Command.Ack command) {
        return actions.acknowledge(lookup.require(inv, "ack"), inv.userId(), inv.channelId(), inv.channelName());
    }

    /** The named service; else the incident's here; else every service with a PagerDuty service. */
    Reply oncall(Invocation inv, Command.Oncall command) {
        List<Service> services = command.service().map(name -> List.of(config.service(name).orElseThrow(
                        () -> new NexusException("Unknown service `" + name + "`."))))
                .or(() -> lookup.find(inv).flatMap(i -> config.service(i.service())).map(List::of))
                .orElseGet(() -> List.copyOf(config.services().values()));
        List<String> blocks = new ArrayList<>();
        for (Service s : services) {
            Optional<PagerDutyRef> ref = s.pagerduty();
            if (ref.isEmpty()) {
                if (command.service().isPresent()) {
                    throw new NexusException("`" + s.name() + "` has no pagerduty section in nexus.yml.");
                }
                continue;
            }
            String body;
            try {
                List<OnCalls.Person> people = onCalls.now(ref.get().serviceId());
                body = people.isEmpty() ? "_nobody is on call_" : OnCallTexts.lines(people);
            } catch (NexusException e) {
                body = ":warning: " + e.getMessage();
            }
            blocks.add("*On call now for " + Mrkdwn.escape(s.name()) + "*\n" + body);
        }
        if (blocks.isEmpty()) {
            throw new NexusException("No service in nexus.yml has a pagerduty section, so nobody's on-call is known.");
        }
        return Replies.notice(String.join("\n\n", blocks));
    }

    /** {@code pagerduty.page}, checked where it was typed; denied, nothing is sent. */
    Reply page(Invocation inv, Command.Page command) {
        Incident incident = lookup.find(inv).filter(i -> !i.resolved()).orElse(null);
        Permission permission = permissions.check(inv.userId(), inv.channelId(), inv.channelName(),
                Optional.ofNullable(incident), ActionRequest.of(PAGE, command.service()));
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
        timeline.append(new TimelineEntry(incident.id(), clock.instant(), "page", inv.userId(),
                "paged " + service + " through PagerDuty" + (command.message().isBlank() ? ""
                        : ": " + Mrkdwn.escape(command.message())), "page:" + key + ":" + inv.correlationId()));
        return Replies.notice(":pager: Paged " + service + " through PagerDuty (dedup key `" + key + "`; paging "
                + "again for this incident updates the same alert). PagerDuty's incident is linked here when it opens.");
    }
}
