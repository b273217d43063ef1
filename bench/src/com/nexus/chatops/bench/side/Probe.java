package com.nexus.chatops.bench.side;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Single requests to a contender: readiness polling for the startup figure, and paced sends for the work path. */
final class Probe {
    private static final Duration POLL = Duration.ofMillis(10);
    private volatile boolean firstAnsweredInAck;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    record Ack(int status, String body, long sentAt, long ackedAt) {
        boolean busy() {
            return status == 200 && body.contains("busy");
        }

        /** The ack carried the command's answer itself (a quick command). */
        boolean answered() {
            return status == 200 && !busy() && body.contains("\"text\"");
        }

        double millis() {
            return (ackedAt - sentAt) / 1e6;
        }
    }

    /** Seconds from process start until GET {@code path} answers 200. */
    double untilOk(Contender.Started app, String path, Duration limit) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(uri(app.port(), path)).timeout(Duration.ofSeconds(5)).build();
        return poll(app, limit, () -> http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    /** Seconds from process start until a signed command is acked with 200 (each try a new command). */
    double untilFirstAnswer(Contender.Started app, SignedCommands commands, Duration limit)
            throws IOException, InterruptedException {
        return poll(app, limit, () -> {
            Ack ack = send(app.port(), commands.next()).join();
            firstAnsweredInAck = ack.answered();
            return ack.status();
        });
    }

    /** Whether the command that gave the first answer was answered in its ack (it then never reaches response_url). */
    boolean firstAnsweredInAck() {
        return firstAnsweredInAck;
    }

    CompletableFuture<Ack> send(int port, SignedCommands.Signed command) {
        HttpRequest post = HttpRequest.newBuilder(uri(port, "/slack/events"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", command.timestamp())
                .header("X-Slack-Signature", command.signature())
                .POST(HttpRequest.BodyPublishers.ofString(command.body())).build();
        long sent = System.nanoTime();
        return http.sendAsync(post, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Ack(r.statusCode(), r.body(), sent, System.nanoTime()));
    }

    /** The lines of GET /metrics whose metric name starts with {@code prefix} (empty when it cannot be read). */
    java.util.List<String> metrics(Contender.Started app, String prefix) {
        try {
            HttpRequest get = HttpRequest.newBuilder(uri(app.port(), "/metrics")).timeout(Duration.ofSeconds(5)).build();
            return http.send(get, HttpResponse.BodyHandlers.ofString()).body().lines()
                    .filter(line -> line.startsWith(prefix)).toList();
        } catch (Exception e) {
            return java.util.List.of();
        }
    }

    private interface Attempt {
        int status() throws Exception;
    }

    private static double poll(Contender.Started app, Duration limit, Attempt attempt)
            throws IOException, InterruptedException {
        long deadline = app.startedAt() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.process().isAlive()) {
                throw new IOException(app.contender().name() + " exited with " + app.process().exitValue()
                        + " while starting");
            }
            try {
                if (attempt.status() == 200) {
                    return (System.nanoTime() - app.startedAt()) / 1e9;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IOException(app.contender().name() + " did not answer within " + limit);
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
