package com.nexus.chatops.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Readiness follows the store. */
interface PingContract extends StoreBackend {

    @Test
    default void shouldAnswerPingWhenStoreIsUp() {
        assertThat(store().ping()).isTrue();
    }

    @Test
    default void shouldFailPingWithoutThrowingWhenStoreIsClosed() {
        Database db = store();
        db.close();

        assertThat(db.ping()).isFalse();
    }
}
