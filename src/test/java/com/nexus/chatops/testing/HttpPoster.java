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

    public static Result post(URI base, SignedRequest request) {
        String baseText = base.toString().replaceAll("/+$", "");
        return post(URI.create(baseText + request.path()), request.contentType(), request.body(), request.headers());
    }

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
