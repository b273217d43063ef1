package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.slack.SlackCallException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Waits for a Slack call sent in parallel and turns its failure into a sentence for the responder. */
final class Deliveries {
    /** Long enough for the Slack client to wait out a Retry-After or two. */
    static final long WAIT_SECONDS = 90;
    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);

    private Deliveries() {
    }

    /** @return empty when delivered, else "could not post to X (reason)" */
    static Optional<String> await(CompletableFuture<?> call, String what) {
        try {
            call.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.warn("{} failed: {}", what, cause.toString());
            String reason = cause instanceof SlackCallException s ? s.error() : cause.getClass().getSimpleName();
            return Optional.of("could not " + what + " (" + reason + ")");
        } catch (TimeoutException e) {
            return Optional.of("Slack is slow: " + what + " is still queued and will go out when Slack allows");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("was interrupted before it could " + what);
        }
    }
}
