package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.NexusProcess;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SlackRequests;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `nexus serve` in a child JVM receives SIGTERM while a reply is still on its way to Slack. */
class GracefulShutdownTest {
    private static final Duration LATENCY = Duration.ofMillis(1500);
    @TempDir
    Path dir;

    @Test
    void shouldFinishTheWorkInFlightBeforeExitingWhenTerminated() throws Exception {
        try (FakeSlack slack = FakeSlack.start()) {
            slack.injectLatency("chat.postMessage", LATENCY);
            int port = freePort();
            NexusProcess nexus = NexusProcess.start(dir, Map.of(
                    "SLACK_BOT_TOKEN", RunningNexus.BOT_TOKEN, "SLACK_SIGNING_SECRET", RunningNexus.SIGNING_SECRET,
                    "SLACK_API_URL", slack.methodsUrlPrefix(), "NEXUS_PORT", Integer.toString(port),
                    "NEXUS_DB_URL", "jdbc:sqlite:" + dir.resolve("nexus.db"),
                    "NEXUS_CONFIG", RunningNexus.exampleConfig().toString()), "serve", "--host", "127.0.0.1");
            URI base = URI.create("http://127.0.0.1:" + port);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> healthz(base) == 200);

            int ack = new SlackRequests(RunningNexus.SIGNING_SECRET).event("app_mention").channel("C0GENERAL")
                    .user("U0TESTER1").field("text", "<@UBOT> hi").field("ts", "1700000000.000200")
                    .send(base).status();
            var exited = nexus.process().onExit().thenApply(p -> java.time.Instant.now());
            nexus.process().toHandle().destroy(); // SIGTERM, keeping our ends of its pipes open
            var result = nexus.await(Duration.ofSeconds(40));

            assertThat(ack).isEqualTo(200);
            assertThat(slack.calls("chat.postMessage")).hasSize(1)
                    .allSatisfy(call -> assertThat(call.httpStatus()).isEqualTo(200))
                    // the process was still there to receive Slack's (slow) answer: it drained its work first
                    .allSatisfy(call -> assertThat(exited.get()).isAfter(call.time().plus(LATENCY)));
            assertThat(result.stdout() + result.stderr()).as("output of nexus").contains("nexus stopping");
        }
    }

    private static int healthz(URI base) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/healthz")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
