package com.nexus.chatops.pagerduty;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to keep trying: a bounded number of retries, jittered exponential backoff for 5xx and timeouts, and
 * PagerDuty's own {@code ratelimit-reset} for 429 (capped, so a bogus header cannot park a caller for an hour).
 */
record RetryPolicy(int maxRetries, Duration baseBackoff, Duration maxWait, Sleeper sleeper) {
    static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(30),
            Sleeper.REAL);

    RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
    }

    /** Full jitter: a random wait in [base/2, base * 2^retry], never above {@link #maxWait}. */
    Duration backoff(int retry) {
        long ceiling = Math.min(maxWait.toMillis(), baseBackoff.toMillis() << Math.min(retry, 20));
        long floor = Math.min(ceiling, baseBackoff.toMillis() / 2);
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(floor, ceiling + 1));
    }

    /** The header's seconds when it is a sane number; otherwise the ordinary backoff. */
    Duration rateLimitWait(String ratelimitReset, int retry) {
        if (ratelimitReset != null) {
            try {
                long seconds = Long.parseLong(ratelimitReset.trim());
                if (seconds >= 0) {
                    return Duration.ofSeconds(Math.min(seconds, maxWait.toSeconds()));
                }
            } catch (NumberFormatException ignored) {
                // an unreadable header is the same as a missing one
            }
        }
        return backoff(retry);
    }

    /** Waiting made replaceable so tests can check the waits without spending them. */
    interface Sleeper {
        Sleeper REAL = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }
}
