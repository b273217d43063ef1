package com.nexus.chatops.incident;

import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;

/**
 * Where a change to an incident is written down: its row, its timeline, who redraws what shows it (card,
 * topic), and the clock the entries are stamped with. Every lifecycle step that changes an incident gets this.
 */
public record IncidentRecords(IncidentRepository incidents, TimelineRepository timeline, IncidentObserver observer,
                              Clock clock) {
}
