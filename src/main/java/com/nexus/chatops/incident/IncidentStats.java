package com.nexus.chatops.incident;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts and mean response times per severity: MTTA over the incidents that were acknowledged, MTTR over those
 * resolved, both from the stored timestamps. Severities come in the configured order, unknown ones after.
 */
public final class IncidentStats {
    private IncidentStats() {
    }

    /** One severity's numbers; the means are empty when no incident qualifies. */
    public record Row(String severity, int declared, int resolved, int open, Optional<Duration> mtta,
                      Optional<Duration> mttr) {}

    public static List<Row> compute(Collection<String> severityOrder, List<Incident> incidents) {
        Map<String, List<Incident>> bySeverity = new LinkedHashMap<>();
        severityOrder.forEach(s -> bySeverity.put(s, new ArrayList<>()));
        incidents.forEach(i -> bySeverity.computeIfAbsent(i.severity(), s -> new ArrayList<>()).add(i));
        List<Row> rows = new ArrayList<>();
        bySeverity.forEach((severity, list) -> rows.add(row(severity, list)));
        return rows;
    }

    public static Row total(List<Incident> incidents) {
        return row("all", incidents);
    }

    private static Row row(String severity, List<Incident> list) {
        int resolved = (int) list.stream().filter(Incident::resolved).count();
        return new Row(severity, list.size(), resolved, list.size() - resolved,
                mean(list.stream().map(Incident::timeToAcknowledge).flatMap(Optional::stream).toList()),
                mean(list.stream().map(Incident::timeToResolve).flatMap(Optional::stream).toList()));
    }

    static Optional<Duration> mean(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        long totalMillis = durations.stream().mapToLong(Duration::toMillis).sum();
        return Optional.of(Duration.ofMillis(totalMillis / durations.size()));
    }
}
