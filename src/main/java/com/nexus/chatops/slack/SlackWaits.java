package com.nexus.chatops.slack;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waiting (on a worker thread, never the ack path) for a SlackGateway call whose failure only means "do without":
 * a Slack error, a timeout and an interrupt all read as not done.
 */
public final class SlackWaits {
    private SlackWaits() {}

    /** The call's result, or empty when it failed, returned null or took longer than {@code seconds}. */
    public static <T> Optional<T> result(CompletableFuture<T> call, long seconds) {
        try {
            return Optional.ofNullable(call.get(seconds, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when the call completed normally within {@code seconds}. */
    public static boolean done(CompletableFuture<?> call, long seconds) {
        try {
            call.get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        }
    }
}
