package com.nexus.chatops.slack;

import com.nexus.chatops.core.NexusException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waiting on a {@link SlackGateway} call, on a worker thread (never the ack path), with one timeout policy: a
 * {@link Wait#LOOKUP} only enriches an answer (an email, a permalink, a group's members) and is given up quickly;
 * a {@link Wait#DELIVERY} must land (a message, an invite, a file, a channel) and is given long enough for the
 * client to wait out a Retry-After or two. A Slack error, a timeout and an interrupt all read as "not done"; an
 * interrupt is kept for the caller to see.
 */
public final class SlackCalls {
    private static final Logger LOG = LoggerFactory.getLogger(SlackCalls.class);

    /** How long nexus waits for Slack, by what the call is for. */
    public enum Wait {
        LOOKUP(Duration.ofSeconds(10)), DELIVERY(Duration.ofSeconds(90));

        private final Duration limit;

        Wait(Duration limit) {
            this.limit = limit;
        }

        public Duration limit() {
            return limit;
        }
    }

    private SlackCalls() {}

    /** The call's result, or empty when it failed, returned null or outlasted the wait. */
    public static <T> Optional<T> result(Wait wait, CompletableFuture<T> call) {
        try {
            return Optional.ofNullable(call.get(wait.limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when the call completed normally within the wait. */
    public static boolean done(Wait wait, CompletableFuture<?> call) {
        try {
            call.get(wait.limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        }
    }

    /** Empty when the delivery landed; else what went wrong, as a sentence for the responder. */
    public static Optional<String> problem(CompletableFuture<?> call, String what) {
        try {
            call.get(Wait.DELIVERY.limit.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.warn("{} failed: {}", what, e.getCause().toString());
            String reason = e.getCause() instanceof SlackCallException s ? s.error()
                    : e.getCause().getClass().getSimpleName();
            return Optional.of("could not " + what + " (" + reason + ")");
        } catch (TimeoutException e) {
            return Optional.of("Slack is slow: " + what + " is still queued and will go out when Slack allows");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("was interrupted before it could " + what);
        }
    }

    /** The result of a call the flow cannot do without; any failure is a NexusException naming {@code what}. */
    public static <T> T required(Wait wait, String what, CompletableFuture<T> call) {
        try {
            return call.get(wait.limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new NexusException("Slack refused to " + what + " (" + describe(e) + ").");
        } catch (TimeoutException e) {
            throw new NexusException("Slack did not answer within " + wait.limit.toSeconds() + " s when asked to "
                    + what + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NexusException("Stopped while waiting for Slack to " + what + ".");
        }
    }

    /** A call nobody waits for, completing normally whatever happens; a failure is logged with what and where. */
    public static CompletableFuture<Void> tolerant(String what, String where, CompletableFuture<?> call) {
        return call.handle((v, e) -> {
            if (e != null) {
                LOG.warn("{}: {} failed: {}", where, what, describe(e));
            }
            return null;
        });
    }

    /** "conversations.create: name_taken" for a Slack error, the exception's name and message otherwise. */
    public static String describe(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof SlackCallException s) {
            return s.method() + ": " + s.error();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }
}
