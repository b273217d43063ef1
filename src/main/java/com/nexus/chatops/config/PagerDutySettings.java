package com.nexus.chatops.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The top-level {@code pagerduty:} section: how PagerDuty priorities map to severities, which triggered incidents
 * open a Slack incident by themselves, and how long a burst of alerts for one service keeps joining the same one.
 *
 * @param priorities          PagerDuty priority name (P1, …) → severity name
 * @param autoDeclareUrgencies urgencies (high, low) whose triggered incidents are declared in Slack
 * @param autoDeclareServices nexus service names whose triggered incidents are declared whatever their urgency
 * @param stormWindowMinutes  alerts for a service within this many minutes join its open incident; 0 turns it off
 */
public record PagerDutySettings(Map<String, String> priorities, List<String> autoDeclareUrgencies,
                                List<String> autoDeclareServices, int stormWindowMinutes) {
    public static final int DEFAULT_STORM_WINDOW_MINUTES = 10;

    public PagerDutySettings {
        priorities = Copies.ordered(priorities);
        autoDeclareUrgencies = List.copyOf(autoDeclareUrgencies);
        autoDeclareServices = List.copyOf(autoDeclareServices);
    }

    /** P1–P4 to sev1–sev4, high urgency declares, a ten-minute storm window. */
    public static PagerDutySettings defaults() {
        Map<String, String> priorities = new LinkedHashMap<>();
        for (int p = 1; p <= 4; p++) {
            priorities.put("P" + p, "sev" + p);
        }
        return new PagerDutySettings(priorities, List.of("high"), List.of(), DEFAULT_STORM_WINDOW_MINUTES);
    }

    /** The severity a PagerDuty priority stands for; priority names match whatever their case. */
    public Optional<String> severityFor(String priorityName) {
        if (priorityName == null) {
            return Optional.empty();
        }
        return priorities.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(priorityName.trim()))
                .map(Map.Entry::getValue).findFirst();
    }
}
