package com.nexus.chatops.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The words the parser accepts that come from configuration.
 *
 * @param services   known service names; empty means "no config", and any well-formed name is accepted
 * @param severities every accepted severity word, lowercase, mapped to its canonical name
 */
public record Vocabulary(Set<String> services, Map<String, String> severities) {

    public Vocabulary {
        services = services == null ? Set.of() : Set.copyOf(services);
        Map<String, String> lower = new TreeMap<>();
        if (severities != null) {
            severities.forEach((word, canonical) -> lower.put(word.toLowerCase(Locale.ROOT),
                    canonical.toLowerCase(Locale.ROOT)));
        }
        severities = Map.copyOf(lower);
    }

    public static Vocabulary defaults() {
        return new Vocabulary(Set.of(), Map.of("sev1", "sev1", "sev2", "sev2", "sev3", "sev3", "sev4", "sev4"));
    }

    /** The configured spelling of a service typed in any case. */
    public Optional<String> service(String typed) {
        return services.stream().filter(s -> s.equalsIgnoreCase(typed)).findFirst();
    }

    public Optional<String> severity(String word) {
        return Optional.ofNullable(severities.get(word.toLowerCase(Locale.ROOT)));
    }

    public List<String> sortedServices() {
        return new ArrayList<>(new TreeSet<>(services));
    }

    /** Canonical severities in order, each followed by its aliases, e.g. "`sev1` (`critical`, `p1`)". */
    public String describeSeverities() {
        Map<String, List<String>> aliases = new TreeMap<>();
        severities.forEach((word, canonical) -> aliases.computeIfAbsent(canonical, k -> new ArrayList<>()));
        severities.forEach((word, canonical) -> {
            if (!word.equals(canonical)) {
                aliases.get(canonical).add("`" + word + "`");
            }
        });
        if (aliases.isEmpty()) {
            return "none are configured";
        }
        List<String> parts = new ArrayList<>();
        aliases.forEach((canonical, words) -> {
            words.sort(null);
            parts.add("`" + canonical + "`" + (words.isEmpty() ? "" : " (" + String.join(", ", words) + ")"));
        });
        return String.join(", ", parts);
    }
}
