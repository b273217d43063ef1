package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.slack.SlackCallException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.nexus.chatops.incident.Incident;

/** Slack calls that may fail without undoing the incident: failures are logged with what was attempted. */
final class Steps {
    private static final Logger LOG = LoggerFactory.getLogger(Steps.class);

    private Steps() {}

    /** Completes normally whatever happens; a failure is logged. */
    static CompletableFuture<Void> tolerant(String what, Incident i, CompletableFuture<?> call) {
        return call.handle((v, e) -> {
            if (e != null) {
                LOG.warn("{}: {} failed: {}", i.channelName(), what, describe(e));
            }
            return null;
        });
    }

    /** Waits for a call whose failure must stop the flow, turning a Slack error into a user-safe message. */
    static <T> T required(String what, CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            throw new NexusException("Slack refused to " + what + " (" + describe(e) + ").");
        }
    }

    static String describe(Throwable e) {
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
