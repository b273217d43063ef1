package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.pagerduty.PagerDutyClient;
import com.nexus.chatops.pagerduty.PagerDutyException;
import java.time.Clock;
import java.time.Duration;

/**
 * Sends one stored write to PagerDuty and records the outcome: done; retried later with backoff while PagerDuty
 * is down or rate limiting (bounded: {@code maxAttempts}); failed when PagerDuty refuses or the budget is spent.
 */
public final class WriteRunner {
    /** How stored writes are retried: {@code base} doubles per attempt up to {@code cap}. */
    public record Retries(int maxAttempts, Duration base, Duration cap, Duration every) {
        public static final Retries DEFAULT = new Retries(6, Duration.ofSeconds(30), Duration.ofMinutes(10),
                Duration.ofSeconds(15));

        Duration after(int attempts) {
            long millis = base.toMillis() << Math.min(attempts, 16);
            return Duration.ofMillis(Math.min(millis, cap.toMillis()));
        }
    }

    sealed interface Outcome {
        record Done() implements Outcome {}

        record Retrying(String problem) implements Outcome {}

        record Failed(String problem) implements Outcome {}
    }

    private final PagerDutyClient client;
    private final PagerDutyWriteRepository writes;
    private final Retries retries;
    private final Clock clock;

    public WriteRunner(PagerDutyClient client, PagerDutyWriteRepository writes, Retries retries, Clock clock) {
        this.client = client;
        this.writes = writes;
        this.retries = retries;
        this.clock = clock;
    }

    Retries retries() {
        return retries;
    }

    Outcome attempt(PagerDutyWrite w) {
        try {
            switch (w.kind()) {
                case ACKNOWLEDGE -> client.acknowledge(w.pdIncidentId(), w.from());
                case RESOLVE -> client.resolve(w.pdIncidentId(), w.from(), w.content());
                case NOTE -> client.addNote(w.pdIncidentId(), w.from(), w.content());
            }
            writes.done(w);
            return new Outcome.Done();
        } catch (PagerDutyException e) {
            if (e.retryable() && w.attempts() + 1 < retries.maxAttempts()) {
                writes.retryAt(w, clock.instant().plus(retries.after(w.attempts())), e.getMessage());
                return new Outcome.Retrying(e.getMessage());
            }
            writes.failed(w, e.getMessage());
            return new Outcome.Failed(e.getMessage());
        }
    }
}
