package com.nexus.chatops.runbook;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a page finds a runbook: patterns tried on the PagerDuty incident title and alert name (compiled
 * case-insensitive), and the services it is written for (empty: any service).
 */
public record Match(List<Pattern> patterns, List<String> services) {
    public static final Match NONE = new Match(List.of(), List.of());

    public Match {
        patterns = List.copyOf(patterns);
        services = List.copyOf(services);
    }

    public boolean isEmpty() {
        return patterns.isEmpty() && services.isEmpty();
    }
}
