package com.nexus.chatops.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The severity table of the operations runbook (seed 000 §6.1). The other runbooks speak of P0–P4 and mostly mean
 * P1 = critical (seeds 002, 004), so P0 and P1 both map to sev1 and P2–P4 to sev2–sev4; a team that counts
 * differently overrides the aliases in nexus.yml.
 */
final class DefaultSeverities {
    private DefaultSeverities() {}

    static Map<String, Severity> all() {
        Map<String, Severity> all = new LinkedHashMap<>();
        put(all, new Severity("sev1", "Complete outage", 15, 15, true, List.of("p0", "p1")));
        put(all, new Severity("sev2", "Major degradation", 30, 30, true, List.of("p2")));
        put(all, new Severity("sev3", "Minor degradation", 120, 120, false, List.of("p3")));
        put(all, new Severity("sev4", "Low impact", 1440, null, false, List.of("p4")));
        return all;
    }

    private static void put(Map<String, Severity> all, Severity severity) {
        all.put(severity.name(), severity);
    }
}
