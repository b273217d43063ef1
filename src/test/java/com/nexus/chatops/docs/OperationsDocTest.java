package com.nexus.chatops.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.RunningNexus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics and health answers docs/operations.md describes are the ones a running nexus gives. */
class OperationsDocTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Markdown DOC = Markdown.read("operations.md");

    @TempDir
    Path dir;
    private FakeSlack slack;
    private RunningNexus nexus;

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"));
    }

    @AfterEach
    void stop() throws Exception {
        if (nexus != null) {
            nexus.close();
        }
        slack.close();
    }

    @Test
    void shouldExposeEveryDocumentedMetricWhenACommandAndARepeatHaveBeenHandled() {
        var first = nexus.requests().slashCommand("help").responseUrl(slack.responseUrl("m")).triggerId("T-DOC");
        var repeat = nexus.requests().slashCommand("help").responseUrl(slack.responseUrl("m")).triggerId("T-DOC")
                .retry(1, "http_timeout");
        first.send(nexus.baseUri());
        repeat.send(nexus.baseUri());
        slack.awaitResponseUrlPost("m", WAIT);

        Set<String> documented = DOC.firstColumn("Metrics");
        assertThat(documented).contains("nexus_commands_seconds_count", "nexus_slack_duplicates_total");
        await().atMost(WAIT).untilAsserted(() -> assertThat(exposed(nexus.get("/metrics").body()))
                .containsAll(documented));
    }

    @Test
    void shouldAnswerTheHealthEndpointsAsDocumented() {
        String doc = DOC.prose();

        assertThat(nexus.get("/healthz").body().strip()).isEqualTo("ok: alive");
        assertThat(nexus.get("/readyz").body().strip()).isEqualTo("ok: config loaded, store writable");
        assertThat(doc).contains("`ok: alive`", "`ok: config loaded, store writable`", "`not ready: …`");
        nexus.nexus().database().close();
        assertThat(nexus.get("/readyz").body().strip()).startsWith("not ready: store unreachable");
    }

    private static Set<String> exposed(String scrape) {
        return Arrays.stream(scrape.split("\n")).filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    }
}
