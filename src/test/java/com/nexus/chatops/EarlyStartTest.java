package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.slack.SlackCheck;
import com.nexus.chatops.store.Database;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.SlackDefaults;
import com.slack.api.Slack;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EarlyStartTest {
    @TempDir
    Path dir;
    private FakeSlack slack;

    @BeforeEach
    void startSlack() {
        slack = FakeSlack.start();
    }

    @AfterEach
    void stop() throws Exception {
        EarlyStart.takeStore().ifPresent(StoreOpening::abandon);
        EarlyStart.takeSlack().ifPresent(SlackOpening::abandon);
        slack.close();
    }

    @Test
    void shouldOpenTheStoreAndCheckTheTokenForAPlainServeBeforeTheCommandLineIsParsed() throws Exception {
        Path file = dir.resolve("early.db");
        EarlyStart.begin(new String[] {"serve", "--host", "127.0.0.1"}, serveEnv(file));

        Database store = EarlyStart.takeStore().orElseThrow().get(30, TimeUnit.SECONDS);
        try (Slack sdk = EarlyStart.takeSlack().orElseThrow().get(30, TimeUnit.SECONDS)) {
            assertThat(store.inbox().firstSeen("slack", "T-early")).isTrue();
            assertThat(slack.calls("auth.test")).hasSize(1);
            assertThat(sdk.methods(SlackDefaults.BOT_TOKEN).authTest(r -> r).isOk()).as("the client serve goes on with").isTrue();
        } finally {
            store.close();
        }
        assertThat(EarlyStart.takeStore()).as("taken once").isEmpty();
        assertThat(EarlyStart.takeSlack()).as("taken once").isEmpty();
    }

    @Test
    void shouldReportATokenSlackRefusesWhenServeComesToUseTheClient() {
        slack.errorNext("auth.test", "invalid_auth");
        EarlyStart.begin(new String[] {"serve"}, serveEnv(dir.resolve("n.db")));

        CompletableFuture<Slack> early = EarlyStart.takeSlack().orElseThrow();
        assertThatThrownBy(() -> SlackOpening.await(early)).isInstanceOf(SlackCheck.Unusable.class)
                .hasMessage("Slack refused the bot token (invalid_auth): check SLACK_BOT_TOKEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve --hots 0.0.0.0", "serve --help", "serve -h", "console", "demo", "",
        "serve --host"})
    void shouldOpenNothingAndAskSlackNothingForAnyOtherCommandLine(String line) {
        Path file = dir.resolve("never.db");
        EarlyStart.begin(line.isEmpty() ? new String[0] : line.split(" "), serveEnv(file));

        assertThat(EarlyStart.takeStore()).isEmpty();
        assertThat(EarlyStart.takeSlack()).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(slack.calls()).isEmpty();
    }

    @Test
    void shouldOpenNothingEarlyWhenServeWouldRefuseTheEnvironment() {
        Path file = dir.resolve("never.db");
        Map<String, String> env = new HashMap<>(serveEnv(file));
        env.remove("SLACK_SIGNING_SECRET");
        EarlyStart.begin(new String[] {"serve"}, env);

        assertThat(EarlyStart.takeStore()).isEmpty();
        assertThat(EarlyStart.takeSlack()).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(slack.calls()).isEmpty();
    }

    private Map<String, String> serveEnv(Path file) {
        return Map.of("SLACK_BOT_TOKEN", SlackDefaults.BOT_TOKEN, "SLACK_SIGNING_SECRET", "secret",
                "NEXUS_DB_URL", "jdbc:sqlite:" + file, "SLACK_API_URL", slack.methodsUrlPrefix());
    }
}
