package com.nexus.chatops.config;

import java.util.List;
import java.util.Optional;

/**
 * One severity level. {@code updateEveryMinutes} is null when no status-update reminder is wanted; {@code page}
 * says whether declaring at this level pages the on-call.
 */
public record Severity(String name, String description, int responseMinutes, Integer updateEveryMinutes,
                       boolean page, List<String> aliases) {
    public Severity {
        aliases = List.copyOf(aliases);
    }

    public Optional<Integer> updateEvery() {
        return Optional.ofNullable(updateEveryMinutes);
    }
}
