package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.store.Database;
import com.nexus.chatops.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void shouldBeginOpeningForAPlainServeBeforeTheCommandLineIsParsed() throws Exception {
        Path file = dir.resolve("early.db");
        StoreOpening.beginEarly(new String[] {"serve", "--host", "127.0.0.1"}, serveEnv(file));

        CompletableFuture<Database> early = StoreOpening.takeEarly().orElseThrow();
        Database store = early.get(30, TimeUnit.SECONDS);
        try {
            assertThat(store.inbox().firstSeen("slack", "T-early")).isTrue();
        } finally {
            store.close();
        }
        assertThat(StoreOpening.takeEarly()).as("taken once").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve --hots 0.0.0.0", "serve --help", "serve -h", "console", "demo", "",
        "serve --host"})
    void shouldOpenNothingForAnyOtherCommandLine(String line) {
        Path file = dir.resolve("never.db");
        StoreOpening.beginEarly(line.isEmpty() ? new String[0] : line.split(" "), serveEnv(file));

        assertThat(StoreOpening.takeEarly()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldOpenNothingEarlyWhenServeWouldRefuseTheEnvironment() {
        Path file = dir.resolve("never.db");
        Map<String, String> env = new HashMap<>(serveEnv(file));
        env.remove("SLACK_SIGNING_SECRET");
        StoreOpening.beginEarly(new String[] {"serve"}, env);

        assertThat(StoreOpening.takeEarly()).isEmpty();
        assertThat(file).doesNotExist();
    }

    private static Map<String, String> serveEnv(Path file) {
        return Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "secret",
                "NEXUS_DB_URL", "jdbc:sqlite:" + file);
    }
}
