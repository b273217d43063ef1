package com.nexus.chatops.action.aws;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How nexus calls AWS. {@code endpoint} replaces every service's endpoint (a fake in tests; AWS_ENDPOINT_URL
 * needs none of this, the SDK reads it). Timeouts bound one HTTP attempt and a whole call with its retries;
 * {@code pollInterval} is the waiters' delay between two reads, empty for the SDK's own (ECS 15 s, RDS 30 s).
 */
public record AwsSettings(Optional<URI> endpoint, Duration attemptTimeout, Duration callTimeout,
                          Optional<Duration> pollInterval, Clock clock) {
    public AwsSettings {
        Objects.requireNonNull(endpoint);
        Objects.requireNonNull(pollInterval);
        Objects.requireNonNull(clock);
    }

    public static AwsSettings defaults() {
        return new AwsSettings(Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(30), Optional.empty(),
                Clock.systemUTC());
    }

    public AwsSettings withEndpoint(URI uri) {
        return new AwsSettings(Optional.of(uri), attemptTimeout, callTimeout, pollInterval, clock);
    }

    public AwsSettings withPollInterval(Duration interval) {
        return new AwsSettings(endpoint, attemptTimeout, callTimeout, Optional.of(interval), clock);
    }

    public AwsSettings withTimeouts(Duration attempt, Duration call) {
        return new AwsSettings(endpoint, attempt, call, pollInterval, clock);
    }

    public AwsSettings withClock(Clock newClock) {
        return new AwsSettings(endpoint, attemptTimeout, callTimeout, pollInterval, newClock);
    }
}
