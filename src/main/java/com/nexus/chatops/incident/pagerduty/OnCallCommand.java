package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PagerDutyRef;
import com.nexus.chatops.config.Service;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.lifecycle.IncidentLookup;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `/nexus oncall [service]`: who is on call now in PagerDuty, for one service or every service that has one. */
public final class OnCallCommand {
    private final NexusConfig config;
    private final IncidentLookup lookup;
    private final OnCalls onCalls;

    public OnCallCommand(NexusConfig config, IncidentLookup lookup, OnCalls onCalls) {
        this.config = config;
        this.lookup = lookup;
        this.onCalls = onCalls;
    }

    /** The named service; else the incident's here; else every service with a PagerDuty service. */
    public Reply oncall(Invocation inv, Command.Oncall command) {
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

}
