package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.store.Database;
import com.nexus.chatops.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpeningTest {
    @TempDir
    Path dir;

    @Test
    void shouldHandOverAMigratedStoreThatAnswers() {
        Database store = StoreOpening.await(StoreOpening.begin("jdbc:sqlite:" + dir.resolve("n.db"), Clock.systemUTC()));
        try {
            assertThat(store.ping()).isTrue();
            assertThat(store.inbox().firstSeen("slack", "T-1")).isTrue();
        } finally {
            store.close();
        }
    }

    @Test
    void shouldReportTheStoresOwnProblemAsIfItHadOpenedInLine() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        CompletableFuture<Database> opening = StoreOpening.begin("jdbc:sqlite:" + file.resolve("n.db"),
                Clock.systemUTC());

        assertThatThrownBy(() -> StoreOpening.await(opening))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot");
    }

    @Test
    void shouldCloseTheStoreOnceOpenWhenStartupFailedElsewhere() throws Exception {
        CompletableFuture<Database> opening = StoreOpening.begin("jdbc:sqlite:" + dir.resolve("n.db"),
                Clock.systemUTC());

        StoreOpening.abandon(opening);

        Database store = opening.get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (store.ping() && System.nanoTime() < deadline) {
            Thread.sleep(20); // the close runs on the opening thread, right after the store is handed over
        }
        assertThat(store.ping()).isFalse();
    }
}
