package com.nexus.chatops.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The inbox lets each delivery through once, whatever retries, threads or restarts do. */
interface InboxContract extends StoreBackend {

    @Test
    default void shouldReportFirstSeenOnlyOnceWhenSameDeliveryRepeats() {
        Inbox inbox = store().inbox();

        assertThat(inbox.firstSeen("slack", "Ev0123")).isTrue();
        assertThat(inbox.firstSeen("slack", "Ev0123")).isFalse();
        assertThat(inbox.firstSeen("slack", "Ev0123", "{\"retry\":1}")).isFalse();
    }

    @Test
    default void shouldForgetOnlyOldSettledDeliveriesWhenPurged() {
        // Given a processed event, a key-only delivery and a stored event not yet processed, all received earlier
        Inbox inbox = store().inbox();
        inbox.firstSeen("pagerduty", "done", "{}");
        inbox.markProcessed("pagerduty", "done");
        inbox.firstSeen("slack.command", "T1");
        inbox.firstSeen("pagerduty", "waiting", "{}");

        // When everything received before a moment from now is purged
        int purged = inbox.purgeBefore(java.time.Instant.now().plusSeconds(60));

        // Then the unprocessed event stays (it must still be handled); the others are forgotten
        assertThat(purged).isEqualTo(2);
        assertThat(inbox.unprocessed("pagerduty", 10)).extracting(InboxItem::key).containsExactly("waiting");
        assertThat(inbox.firstSeen("slack.command", "T1")).isTrue();
    }

    @Test
    default void shouldTreatKeysOfOtherSourcesAsNewWhenKeysCollide() {
        Inbox inbox = store().inbox();
        inbox.firstSeen("slack", "abc");

        assertThat(inbox.firstSeen("pagerduty", "abc")).isTrue();
    }

    @Test
    default void shouldRememberDeliveriesWhenStoreIsReopened() {
        // Given a delivery seen before a restart
        store().inbox().firstSeen("pagerduty", "01DEF");
        store().close();

        // When the store comes back on the same database
        try (Database again = Database.open(storeUrl())) {
            // Then the retry is still recognised
            assertThat(again.inbox().firstSeen("pagerduty", "01DEF")).isFalse();
        }
    }

    @Test
    default void shouldLetExactlyOneThreadThroughWhenEightRaceOnOneKey() throws Exception {
        Inbox inbox = store().inbox();

        List<Boolean> results = Races.run(8, i -> () -> inbox.firstSeen("slack", "Ev-race"));

        assertThat(results).containsOnlyOnce(true).hasSize(8);
    }

    @Test
    default void shouldLetExactlyOneThroughWhenTwoStoresShareTheDatabase() throws Exception {
        // Given a second replica on the same database
        try (Database replica = Database.open(storeUrl())) {
            Inbox[] inboxes = {store().inbox(), replica.inbox()};

            List<Boolean> results = Races.run(8, i -> () -> inboxes[i % 2].firstSeen("slack", "trigger-42"));

            assertThat(results).containsOnlyOnce(true);
        }
    }

    @Test
    default void shouldListStoredPayloadsOldestFirstUntilMarkedProcessed() {
        // Given two stored webhooks and one plain dedupe entry
        Inbox inbox = store().inbox();
        inbox.firstSeen("pagerduty", "e1", "{\"n\":1}");
        inbox.firstSeen("pagerduty", "e2", "{\"n\":2}");
        inbox.firstSeen("pagerduty", "e3");
        inbox.firstSeen("slack", "s1", "{}");

        // When the first one is processed
        assertThat(inbox.unprocessed("pagerduty", 10)).extracting(InboxItem::key).containsExactly("e1", "e2");
        inbox.markProcessed("pagerduty", "e1");

        // Then only the other remains, with its payload
        assertThat(inbox.unprocessed("pagerduty", 10)).singleElement()
                .satisfies(item -> assertThat(item.payload()).isEqualTo("{\"n\":2}"));
        assertThat(inbox.unprocessed("pagerduty", 1)).hasSize(1);
        assertThat(inbox.unprocessed("pagerduty", 0)).isEmpty();
    }
}
