package com.nexus.chatops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Minimal HTTP POST for tests; the JDK client refuses to set some headers itself, so those are skipped. */
public final class HttpPoster {

    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** What came back, and how long the round trip took (useful to check the 3-second ack budget). */
    public record Result(int status, String body, Duration elapsed, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private HttpPoster() {
    }

    /**
     * Sends a Slack delivery. When the ack carries a message (a slash command answered in the ack), it is
     * handed to the command's response_url marked {@value #SHOWN_FROM_ACK}, as Slack shows both the same way,
     * so a test sees the user's reply wherever nexus put it.
     */
    public static Result post(URI base, SignedRequest request) {
        String baseText = base.toString().replaceAll("/+$", "");
        Result ack = post(URI.create(baseText + request.path()), request.contentType(), request.body(),
                request.headers());
        String responseUrl = request.formParams().get("response_url");
        if (ack.status() == 200 && responseUrl != null && responseUrl.startsWith("http://")
                && ack.body().startsWith("{")) {
            post(URI.create(responseUrl), "application/json", ack.body(), Map.of(SHOWN_FROM_ACK, "1"));
        }
        return ack;
    }

    /** Header on a response_url post that is in fact an ack's message. */
    public static final String SHOWN_FROM_ACK = "X-Test-Shown-From-Ack";

    public static Result post(URI url, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase()) && !name.equalsIgnoreCase("Content-Type")) {
                builder.header(name, value);
            }
        });
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Result(response.statusCode(), response.body(), elapsed, response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting to " + url, e);
        }
    }
}
