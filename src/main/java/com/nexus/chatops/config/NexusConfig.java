package com.nexus.chatops.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * nexus.yml, read once at startup ({@link ConfigLoader}) and valid by construction of the loader. Maps keep the
 * order of the file. {@code source} is null for {@link #defaults()}.
 */
public record NexusConfig(Channels channels, Map<String, Severity> severities, Map<String, Service> services,
                          Map<String, Role> roles, List<PolicyRule> policy, PagerDutySettings pagerduty,
                          Path source) {
    public NexusConfig {
        pagerduty = pagerduty == null ? PagerDutySettings.defaults() : pagerduty;
        severities = Copies.ordered(severities);
        services = Copies.ordered(services);
        roles = Copies.ordered(roles);
        policy = List.copyOf(policy);
    }

    /** Without a pagerduty: section (its defaults apply). */
    public NexusConfig(Channels channels, Map<String, Severity> severities, Map<String, Service> services,
                       Map<String, Role> roles, List<PolicyRule> policy, Path source) {
        this(channels, severities, services, roles, policy, PagerDutySettings.defaults(), source);
    }

    /** The nexus service whose pagerduty.serviceId is this PagerDuty service id. */
    public Optional<Service> serviceByPagerDutyId(String pagerDutyServiceId) {
        if (pagerDutyServiceId == null) {
            return Optional.empty();
        }
        return services.values().stream()
                .filter(s -> s.pagerduty().map(p -> p.serviceId().equals(pagerDutyServiceId)).orElse(false))
                .findFirst();
    }

    /** Every word accepted for a severity, lowercase (names and aliases), mapped to the canonical name. */
    public Map<String, String> severityWords() {
        Map<String, String> words = new LinkedHashMap<>();
        for (Severity severity : severities.values()) {
            words.put(severity.name().toLowerCase(Locale.ROOT), severity.name());
            severity.aliases().forEach(alias -> words.put(alias.toLowerCase(Locale.ROOT), severity.name()));
        }
        return Copies.ordered(words);
    }

    /** The severity a word (sev1, P1, p0…) stands for, whatever its case. */
    public Optional<Severity> severity(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(severityWords().get(word.toLowerCase(Locale.ROOT))).map(severities::get);
    }

    public Optional<Service> service(String name) {
        return Optional.ofNullable(name == null ? null : services.get(name));
    }

    public Optional<Role> role(String name) {
        return Optional.ofNullable(name == null ? null : roles.get(name));
    }

    /** What nexus runs with when nexus.yml is absent: seed severities, default channels, nothing else. */
    public static NexusConfig defaults() {
        return new NexusConfig(Channels.defaults(), DefaultSeverities.all(), Map.of(), Map.of(), List.of(),
                PagerDutySettings.defaults(), null);
    }
}
