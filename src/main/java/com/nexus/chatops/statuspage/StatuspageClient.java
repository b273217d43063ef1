package com.nexus.chatops.statuspage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexus.chatops.config.Env;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Statuspage REST v1 over the JDK HTTP client: {@code POST /pages/{page}/incidents} to open,
 * {@code PATCH /pages/{page}/incidents/{id}} to update. Calls are spaced a second apart; 420/429 answers are
 * waited out (Retry-After) and retried a few times before giving up.
 */
public final class StatuspageClient implements Statuspage {
    static final int MAX_ATTEMPTS = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final String pageId;
    private final String apiKey;
    private final Throttle throttle;

    public StatuspageClient(String baseUrl, String pageId, String apiKey, Duration spacing) {
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.baseUrl = baseUrl;
        this.pageId = pageId;
        this.apiKey = apiKey;
        this.throttle = new Throttle(spacing);
    }

    /** The configured status page, or {@link Statuspage#OFF} when the key or page id is missing. */
    public static Statuspage from(Env env) {
        if (!env.statuspageEnabled()) {
            return Statuspage.OFF;
        }
        return new StatuspageClient(env.statuspageApiUrl(), env.statuspagePageId().orElseThrow(),
                env.statuspageApiKey().orElseThrow(), Duration.ofSeconds(1));
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public String create(String name, String status, String body) {
        ObjectNode incident = JSON.createObjectNode();
        incident.put("name", name).put("status", status).put("body", body).put("deliver_notifications", true);
        JsonNode answer = send("POST", "/pages/" + pageId + "/incidents", incident);
        String id = answer.path("id").asText("");
        if (id.isEmpty()) {
            throw new StatuspageException("Statuspage created no incident (its answer had no id).");
        }
        return id;
    }

    @Override
    public void update(String statuspageIncidentId, String status, String body) {
        ObjectNode incident = JSON.createObjectNode();
        incident.put("status", status).put("body", body);
        send("PATCH", "/pages/" + pageId + "/incidents/" + statuspageIncidentId, incident);
    }

    private JsonNode send(String method, String path, ObjectNode incident) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("incident", incident);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", "OAuth " + apiKey)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(envelope.toString()))
                .build();
        try {
            for (int attempt = 1; ; attempt++) {
                throttle.acquire();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int code = response.statusCode();
                if (code / 100 == 2) {
                    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
                }
                if ((code == 420 || code == 429) && attempt < MAX_ATTEMPTS) {
                    Thread.sleep(retryAfter(response).toMillis());
                    continue;
                }
                throw new StatuspageException("Statuspage answered HTTP " + code + describe(code) + ".");
            }
        } catch (IOException e) {
            throw new StatuspageException("Statuspage could not be reached (" + e.getClass().getSimpleName() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StatuspageException("The Statuspage call was interrupted.");
        }
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        try {
            long seconds = header.map(String::trim).map(Long::parseLong).orElse(1L);
            Duration wait = Duration.ofSeconds(Math.max(1, seconds));
            return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static String describe(int code) {
        return switch (code) {
            case 401, 403 -> " (the API key is not accepted for this page)";
            case 404 -> " (unknown page or incident)";
            case 420, 429 -> " (rate limited, gave up after " + MAX_ATTEMPTS + " attempts)";
            default -> code >= 500 ? " (a Statuspage outage)" : "";
        };
    }
}
