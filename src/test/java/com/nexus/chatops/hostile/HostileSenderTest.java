package com.nexus.chatops.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.slack.Failures;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.HttpPoster;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SignedRequest;
import com.nexus.chatops.testing.SlackRequests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a stranger (or a replayer) can make `nexus serve` do on /slack/events: bodies, timestamps, slow senders,
 * and what of it reaches the log. One child JVM logging at info, as in production.
 */
class HostileSenderTest {
    private static final String FORGED = "2026-01-01T00:00:00.000Z [main] ERROR FORGED - admin token leaked";
    private static final int MB = 1024 * 1024;
    @TempDir
    static Path dir;
    private static FakeSlack slack;
    private static ServeProcess serve;
    private static final SlackRequests SIGNED = new SlackRequests(RunningNexus.SIGNING_SECRET);

    @BeforeAll
    static void start() {
        slack = FakeSlack.start();
        serve = ServeProcess.start(dir, slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), Map.of(), "hostile-sender");
    }

    @AfterAll
    static void stop() throws Exception {
        serve.close();
        slack.close();
    }

    record Case(String name, Function<SlackRequests, SignedRequest> request, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> requests() {
        long now = Instant.now().getEpochSecond();
        return Stream.of(
                new Case("signed 2 MB slash command", r -> r.slashCommand("help " + "x".repeat(2 * MB)).build(), 413),
                new Case("unsigned 4 MB body", r -> r.raw("application/json", "{\"a\":\"" + "x".repeat(4 * MB) + "\"}")
                        .unsigned().build(), 413),
                new Case("signed slash command 6 minutes in the future",
                        r -> r.slashCommand("help").timestamp(now + 6 * 60).build(), 401),
                new Case("signed slash command a day in the future",
                        r -> r.slashCommand("help").timestamp(now + 86_400).build(), 401),
                new Case("unsigned body with CR/LF forging a log line",
                        r -> r.raw("application/x-www-form-urlencoded", "x=1\r\n" + FORGED + "\r\n").unsigned().build(),
                        401),
                new Case("timestamp that is not a number",
                        r -> r.slashCommand("help").header("X-Slack-Request-Timestamp", "soon").build(), 401),
                new Case("control: signed slash command 4 minutes in the future",
                        r -> r.slashCommand("help").timestamp(now + 4 * 60).build(), 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void shouldAnswerEachRequestAsTheTableSays(Case c) {
        SignedRequest request = c.request().apply(SIGNED);
        int status;
        try {
            status = HttpPoster.post(serve.base(), request).status();
        } catch (UncheckedIOException e) {
            status = -1; // the server answered and closed while the client was still sending the body
        }
        if (c.status() == 413) {
            assertThat(status).as(c.name() + ": 413, or closed before the client finished sending").isIn(413, -1);
        } else {
            assertThat(status).as(c.name()).isEqualTo(c.status());
        }
        assertThat(serve.logText()).doesNotContain(FORGED);
    }

    @Test
    void shouldNotRunACommandSignedForTheFuture() {
        String url = slack.responseUrl("future");
        long future = Instant.now().getEpochSecond() + 6 * 60;
        SIGNED.slashCommand("help").responseUrl(url).timestamp(future).send(serve.base());
        SIGNED.slashCommand("help").responseUrl(slack.responseUrl("now")).send(serve.base());
        slack.awaitResponseUrlPost("now", Duration.ofSeconds(10));
        assertThat(slack.responseUrlPosts("future")).isEmpty();
    }

    @Test
    void shouldRefuseAChunkedBodyPastTheCapWithoutReadingItAll() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(serve.base().resolve(SlackRequests.EVENTS_PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build();
        int status;
        try {
            status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1; // the server answered and closed while the client was still sending: also a refusal
        }
        assertThat(status).isIn(413, -1);
        assertThat(serve.status("/healthz")).isEqualTo(200);
    }

    @Test
    void shouldKeepTheLogSmallWhateverStrangersSend() {
        long before = serve.logSize();
        String unit = "{\"type\":\"nothing\",\"text\":\"\r\n" + FORGED + "\"}";
        String big = "payload=" + unit.repeat(4 * MB / unit.length());
        for (int i = 0; i < 5; i++) {
            int status;
            try {
                status = SIGNED.raw("application/x-www-form-urlencoded", big).unsigned().send(serve.base()).status();
            } catch (UncheckedIOException e) {
                status = -1; // answered 413 and closed while the client was still sending the 4 MB: also a refusal
            }
            assertThat(status).isIn(413, -1);
        }
        String underCap = "payload=" + unit.repeat(900 * 1024 / unit.length());
        for (int i = 0; i < 5; i++) {
            assertThat(SIGNED.raw("application/x-www-form-urlencoded", underCap).unsigned().send(serve.base()).status())
                    .isEqualTo(401);
        }
        assertThat(serve.logSize() - before).as("log growth in bytes").isLessThan(10 * 1024);
        assertThat(serve.logText()).doesNotContain(FORGED);
    }

    @Test
    void shouldCloseAConnectionThatTricklesItsHeaders() throws Exception {
        assertThat(secondsUntilClosed("POST /slack/events HTTP/1.1\r\nHost: nexus\r\nX-Slow: ", -1))
                .isLessThan(40);
    }

    @Test
    void shouldCloseAConnectionThatTricklesItsBody() throws Exception {
        assertThat(secondsUntilClosed("POST /slack/events HTTP/1.1\r\nHost: nexus\r\nContent-Type: application/json"
                + "\r\nContent-Length: 100000\r\n\r\n{", 100_000)).isLessThan(40);
    }

    @Test
    void shouldEscapeWhatAUserTypedWhenLoggingAFailedCommand() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Failures.reply("`/nexus declare x\n" + FORGED + "`",
                    new IllegalStateException("bad value x\r\n" + FORGED), "REF1");
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("REF1").contains("\\n" + FORGED);
        assertThat(log.lines()).noneMatch(line -> line.startsWith(FORGED));
    }

    /** Sends {@code head}, then one byte every 2 s; how long until nexus hangs up (or 60 if it never does). */
    private static long secondsUntilClosed(String head, int bodyBytes) throws Exception {
        long start = System.nanoTime();
        try (Socket socket = new Socket(serve.base().getHost(), serve.base().getPort())) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 30; i++) {
                try {
                    if (socket.getInputStream().read() == -1) {
                        break;
                    }
                    // an early answer (e.g. 408/400) counts as hanging up once the stream ends
                } catch (java.net.SocketTimeoutException stillOpen) {
                    out.write(bodyBytes < 0 ? 'a' : 'x');
                    out.flush();
                } catch (IOException reset) {
                    break;
                }
            }
        } catch (IOException closed) {
            // writing to a closed connection
        }
        return Duration.ofNanos(System.nanoTime() - start).toSeconds();
    }
}
