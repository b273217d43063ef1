package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Severity;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentObserver;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.Pager;
import com.nexus.chatops.incident.view.IncidentNotices;
import com.nexus.chatops.incident.view.IncidentTexts;
import com.nexus.chatops.incident.view.Severities;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * `/nexus severity sevN` and the card's select. Raising to a severity with {@code page: true} calls the
 * {@link Pager}; lowering never pages. Every change lands in the timeline and refreshes card and topic.
 */
public final class SeverityChanges {
    private final NexusConfig config;
    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final IncidentObserver observer;
    private final Pager pager;
    private final Clock clock;

    public SeverityChanges(NexusConfig config, IncidentRecords records, Pager pager) {
        this.config = config;
        this.incidents = records.incidents();
        this.timeline = records.timeline();
        this.observer = records.observer();
        this.clock = records.clock();
        this.pager = pager;
    }

    /** @return what to tell the channel (mrkdwn) */
    public String change(Incident incident, String severity, String actor) {
        Severity target = config.severities().get(severity);
        if (target == null) {
            throw new NexusException("Unknown severity `" + severity + "`.");
        }
        if (incident.resolved()) {
            throw new NexusException(incident.channelName() + " is resolved; its severity can no longer change.");
        }
        AtomicReference<String> before = new AtomicReference<>();
        Incident updated = incidents.modify(incident.id(), i -> {
            before.set(i.severity());
            return i.withSeverity(severity);
        });
        if (severity.equals(before.get())) {
            return IncidentNotices.channel(updated) + " is already " + Severities.tag(severity) + ".";
        }
        boolean raised = rank(severity) < rank(before.get());
        String what = (raised ? "raised" : "lowered") + " the severity from " + Severities.tag(before.get()) + " to "
                + Severities.described(config, severity);
        timeline.append(new TimelineEntry(updated.id(), clock.instant(), "severity", actor, what, null));
        observer.changed(updated);
        List<String> lines = new ArrayList<>(List.of(IncidentTexts.person(actor) + " " + what + "."));
        if (raised && target.page()) {
            String paged = pager.page(updated, "severity raised to " + Severities.tag(severity));
            timeline.append(new TimelineEntry(updated.id(), clock.instant(), "page", null, paged, null));
            lines.add(":pager: " + paged);
        }
        return String.join("\n", lines);
    }

    /** Position in nexus.yml: the first severity listed is the most severe. */
    private int rank(String severity) {
        return new ArrayList<>(config.severities().keySet()).indexOf(severity);
    }
}
