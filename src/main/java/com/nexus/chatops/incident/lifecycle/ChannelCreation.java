package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.SlackCallException;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackGateway.CreatedChannel;
import com.nexus.chatops.store.ConstraintViolationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Creating an incident's channel, with the two ways it can fail told apart: {@link Refused} (Slack answered
 * with an error, or the store would not record the channel) means nothing will come of it; {@link Unanswered}
 * (no answer in time, a broken connection) means the channel may exist after all.
 */
final class ChannelCreation {
    private ChannelCreation() {}

    static CreatedChannel await(String name, CompletableFuture<CreatedChannel> call) {
        String what = "create the channel #" + name;
        try {
            return call.get(Wait.DELIVERY.limit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SlackCallException) {
                throw new Refused("Slack refused to " + what + " (" + SlackCalls.describe(e) + ").");
            }
            throw new Unanswered("Slack's answer to " + what + " was lost (" + SlackCalls.describe(e) + ").");
        } catch (TimeoutException e) {
            throw new Unanswered("Slack did not answer within " + Wait.DELIVERY.limit().toSeconds()
                    + " s when asked to " + what + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unanswered("nexus was stopped while waiting for Slack to " + what + ".");
        }
    }

    /** Records the created channel on the incident; a store constraint that refuses it is a {@link Refused}. */
    static Incident record(String name, Supplier<Incident> write) {
        try {
            return write.get();
        } catch (ConstraintViolationException e) {
            throw new Refused("The store refused to record the new channel #" + name + " (" + e.getMessage() + ").");
        }
    }

    static final class Refused extends NexusException {
        Refused(String message) {
            super(message);
        }
    }

    static final class Unanswered extends NexusException {
        Unanswered(String message) {
            super(message);
        }
    }
}
