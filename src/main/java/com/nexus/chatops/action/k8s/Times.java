package com.nexus.chatops.action.k8s;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Kubernetes writes RFC 3339 strings; an unreadable one is treated as unknown rather than failing a read. */
final class Times {
    private Times() {}

    static Optional<Instant> parse(String rfc3339) {
        if (rfc3339 == null || rfc3339.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(rfc3339).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Duration age(Optional<Instant> since, Clock clock) {
        return since.map(s -> Duration.between(s, clock.instant())).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
    }
}
