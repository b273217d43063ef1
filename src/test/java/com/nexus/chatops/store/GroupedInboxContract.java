package com.nexus.chatops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Group-committed inbox keys keep every promise of the one-at-a-time insert, and share its table. */
interface GroupedInboxContract extends StoreBackend {

    @Test
    default void shouldAnswerNewOnceAndRepeatAfterwardsWhenOneKeyArrivesTwice() throws Exception {
        Inbox inbox = store().inbox();

        assertThat(grouped(inbox, "slack.command", "T-1")).isTrue();
        assertThat(grouped(inbox, "slack.command", "T-1")).isFalse();
        assertThat(inbox.firstSeen("slack.command", "T-1")).isFalse();
        assertThat(grouped(inbox, "slack.event", "T-1")).isTrue();
    }

    @Test
    default void shouldLetEachKeyThroughOnceWhenManyKeysAndTheirCopiesArriveTogether() throws Exception {
        Inbox inbox = store().inbox();
        List<CompletableFuture<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            answers.add(inbox.firstSeenGrouped("slack.command", "T-" + (i % 100)));
        }

        long fresh = answers.stream().filter(CompletableFuture::join).count();

        assertThat(fresh).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            assertThat(inbox.firstSeen("slack.command", "T-" + i)).isFalse();
        }
    }

    @Test
    default void shouldLetExactlyOneThroughWhenTwoStoresBatchTheSameKeys() throws Exception {
        try (Database replica = Database.open(storeUrl())) {
            Inbox[] inboxes = {store().inbox(), replica.inbox()};

            List<Boolean> results = Races.run(8, i -> () -> grouped(inboxes[i % 2], "slack.command", "trigger-7"));

            assertThat(results).containsOnlyOnce(true).hasSize(8);
        }
    }

    @Test
    default void shouldRememberAGroupedKeyWhenTheStoreIsReopened() throws Exception {
        grouped(store().inbox(), "slack.command", "T-kept");
        store().close();

        try (Database again = Database.open(storeUrl())) {
            assertThat(grouped(again.inbox(), "slack.command", "T-kept")).isFalse();
        }
    }

    @Test
    default void shouldFailTheWaiterInsteadOfAnsweringWhenTheStoreIsClosed() {
        Inbox inbox = store().inbox();
        store().close();

        assertThatThrownBy(() -> grouped(inbox, "slack.command", "T-late"))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(StoreException.class);
    }

    private static boolean grouped(Inbox inbox, String source, String key) throws Exception {
        return inbox.firstSeenGrouped(source, key).get(10, TimeUnit.SECONDS);
    }
}
