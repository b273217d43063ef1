package com.nexus.chatops.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the top-level pagerduty: section; whatever is left out keeps its default. */
final class PagerDutyReader {
    private static final List<String> KEYS = List.of("priorities", "autoDeclare", "stormWindowMinutes");
    private static final List<String> AUTO_KEYS = List.of("urgencies", "services");
    private static final List<String> URGENCIES = List.of("high", "low");
    private static final int MAX_WINDOW = 24 * 60;

    private PagerDutyReader() {}

    static PagerDutySettings read(YamlCursor at, Set<String> severities, Set<String> services) {
        PagerDutySettings defaults = PagerDutySettings.defaults();
        // the default mapping only names severities this file has (a file may define its own set)
        Map<String, String> known = new LinkedHashMap<>(defaults.priorities());
        known.values().removeIf(severity -> !severities.contains(severity));
        defaults = new PagerDutySettings(known, defaults.autoDeclareUrgencies(), List.of(),
                defaults.stormWindowMinutes());
        if (at.absent()) {
            return defaults;
        }
        at.mapping(KEYS);
        Map<String, String> priorities = at.key("priorities").absent() ? defaults.priorities()
                : priorities(at.key("priorities"), severities);
        YamlCursor auto = at.key("autoDeclare");
        auto.mapping(AUTO_KEYS);
        List<String> urgencies = auto.key("urgencies").absent() ? defaults.autoDeclareUrgencies()
                : urgencies(auto.key("urgencies"));
        List<String> autoServices = services(auto.key("services"), services);
        int window = at.key("stormWindowMinutes").integer().orElse(defaults.stormWindowMinutes());
        if (window < 0 || window > MAX_WINDOW) {
            at.key("stormWindowMinutes").problem("must be between 0 (off) and " + MAX_WINDOW + ", found " + window);
        }
        return new PagerDutySettings(priorities, urgencies, autoServices, window);
    }

    private static Map<String, String> priorities(YamlCursor at, Set<String> severities) {
        Map<String, String> priorities = new LinkedHashMap<>();
        at.entries().forEach((priority, value) -> value.text().ifPresent(severity -> {
            if (!severities.contains(severity)) {
                value.problem("unknown severity \"" + severity + "\" (known: " + String.join(", ", severities) + ")");
            }
            priorities.put(priority, severity);
        }));
        return priorities;
    }

    private static List<String> urgencies(YamlCursor at) {
        List<String> urgencies = new ArrayList<>();
        for (YamlCursor item : at.sequence()) {
            item.text().ifPresent(u -> {
                if (!URGENCIES.contains(u)) {
                    item.problem("\"" + u + "\" is not a PagerDuty urgency; use high or low");
                }
                urgencies.add(u);
            });
        }
        return urgencies;
    }

    private static List<String> services(YamlCursor at, Set<String> known) {
        List<String> names = new ArrayList<>();
        for (YamlCursor item : at.sequence()) {
            item.text().ifPresent(name -> {
                if (!known.contains(name)) {
                    item.problem("unknown service \"" + name + "\"" + (known.isEmpty() ? " (services: lists none)"
                            : " (known: " + String.join(", ", known) + ")"));
                }
                names.add(name);
            });
        }
        return names;
    }
}
