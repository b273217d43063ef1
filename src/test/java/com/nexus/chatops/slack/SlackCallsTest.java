package com.nexus.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.slack.SlackCalls.Wait;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The one way nexus waits on Slack: what a failure becomes, for each kind of wait. */
class SlackCallsTest {

    private static <T> CompletableFuture<T> refused(String method, String error) {
        return CompletableFuture.failedFuture(new SlackCallException(method, error));
    }

    @Test
    void shouldNameSlacksOwnErrorWhenADeliveryIsRefused() {
        assertThat(SlackCalls.problem(refused("chat.postMessage", "not_in_channel"), "post it in this channel"))
                .contains("could not post it in this channel (not_in_channel)");
        assertThat(SlackCalls.problem(CompletableFuture.completedFuture("1700000000.000100"), "post it")).isEmpty();
    }

    @Test
    void shouldThrowAMessageForTheResponderWhenACallTheFlowNeedsFails() {
        assertThatThrownBy(() -> SlackCalls.required(Wait.DELIVERY, "create the channel #incident-20261124-001",
                refused("conversations.create", "restricted_action")))
                .isInstanceOf(NexusException.class)
                .hasMessage("Slack refused to create the channel #incident-20261124-001 (conversations.create:"
                        + " restricted_action).");
    }

    @Test
    void shouldReadAFailedLookupAsNothingFound() {
        assertThat(SlackCalls.result(Wait.LOOKUP, refused("users.lookupByEmail", "ratelimited"))).isEmpty();
        assertThat(SlackCalls.result(Wait.LOOKUP, CompletableFuture.completedFuture("U0ADA"))).contains("U0ADA");
    }

    @Test
    void shouldGiveUpAtOnceAndKeepTheInterruptWhenTheWaitingThreadIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            boolean done = SlackCalls.done(Wait.DELIVERY, new CompletableFuture<>());

            assertThat(done).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void shouldLetATolerantCallCompleteNormallyWhateverSlackSaid() {
        CompletableFuture<Void> tolerant = SlackCalls.tolerant("set topic", "incident-20261124-001",
                refused("conversations.setTopic", "too_long"));

        assertThat(tolerant).isCompleted().isNotCompletedExceptionally();
    }
}
