package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.HttpPoster;
import com.nexus.chatops.testing.NexusProcess;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SignedRequest;
import com.nexus.chatops.testing.SlackRequests;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `nexus serve` in a child JVM is killed (SIGKILL) after a slash command arrived and before its inbox key was
 * committed: it was neither acked nor run, and Slack's retry to the restarted nexus runs it exactly once.
 */
class CrashBeforeCommitTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    @TempDir
    Path dir;

    @Test
    void shouldRunTheCommandOnceAfterRestartWhenKilledBetweenReceiptAndCommit() throws Exception {
        String db = "jdbc:sqlite:" + dir.resolve("nexus.db");
        try (FakeSlack slack = FakeSlack.start()) {
            int port = freePort();
            NexusProcess child = NexusProcess.start(dir, Map.of(
                    "SLACK_BOT_TOKEN", RunningNexus.BOT_TOKEN, "SLACK_SIGNING_SECRET", RunningNexus.SIGNING_SECRET,
                    "SLACK_API_URL", slack.methodsUrlPrefix(), "NEXUS_PORT", Integer.toString(port),
                    "NEXUS_DB_URL", db, "NEXUS_CONFIG", RunningNexus.exampleConfig().toString()),
                    "serve", "--host", "127.0.0.1");
            URI base = URI.create("http://127.0.0.1:" + port);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> status(base, "/readyz") == 200);
            SignedRequest command = new SlackRequests(RunningNexus.SIGNING_SECRET).slashCommand("help")
                    .responseUrl(slack.responseUrl("crash")).triggerId("T-CRASH-1").build();

            CompletableFuture<HttpPoster.Result> ack;
            try (Connection writer = DriverManager.getConnection(db); Statement lock = writer.createStatement()) {
                // another writer holds the database: the child's inbox commit waits behind it
                writer.setAutoCommit(false);
                lock.execute("INSERT INTO inbox (source, dedupe_key, received_at) VALUES ('test', 'lock', 0)");
                ack = CompletableFuture.supplyAsync(() -> command.send(base));
                Thread.sleep(700);
                assertThat(ack).as("acked before its key was committed").isNotDone();

                child.process().destroyForcibly();
                child.process().onExit().get();
                writer.rollback();
            }
            assertThat(ack.handle((r, e) -> r == null ? -1 : r.status()).get()).isNotEqualTo(200);
            assertThat(slack.responseUrlPosts("crash")).as("ran before its key was committed").isEmpty();

            try (RunningNexus restarted = RunningNexus.start(slack, db)) {
                SignedRequest retry = restarted.requests().slashCommand("help")
                        .responseUrl(slack.responseUrl("crash")).triggerId("T-CRASH-1").retry(1, "http_timeout")
                        .build();
                assertThat(retry.send(restarted.baseUri()).status()).isEqualTo(200);
                assertThat(retry.send(restarted.baseUri()).status()).isEqualTo(200);

                assertThat(slack.awaitResponseUrlPost("crash", WAIT).text()).contains("/nexus declare");
                await().during(Duration.ofMillis(500)).atMost(WAIT)
                        .until(() -> slack.responseUrlPosts("crash").size() == 1);
            }
        }
    }

    private static int status(URI base, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
