package com.nexus.chatops.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PagerDuty endpoint family over OkHttp: timeouts on every call, a small permit pool (PagerDuty asks for one
 * request at a time per token), 429 honoured through {@code ratelimit-reset}, 5xx and lost answers retried a bounded
 * number of times, 4xx turned into PagerDuty's own message. Headers are never logged: they carry the token.
 */
final class PagerDutyHttp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyHttp.class);
    static final MediaType JSON = MediaType.get("application/json");
    private static final Duration PERMIT_WAIT = Duration.ofSeconds(30);

    private final OkHttpClient http;
    private final RetryPolicy retry;
    private final Semaphore permits;
    private final ObjectMapper json = new ObjectMapper();

    PagerDutyHttp(RetryPolicy retry, int concurrency) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .writeTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(20))
                .build();
        this.retry = retry;
        this.permits = new Semaphore(concurrency, true);
    }

    ObjectMapper json() {
        return json;
    }

    /** From bytes, so the Content-Type is exactly application/json (a String body would add a charset). */
    RequestBody body(JsonNode node) {
        byte[] bytes = node.toString().getBytes(StandardCharsets.UTF_8);
        return RequestBody.create(bytes, JSON, 0, bytes.length);
    }

    /**
     * Sends until a 2xx, a 4xx or the retry budget runs out. {@code idempotent} requests are also retried when the
     * answer was lost (timeout, reset); others only when PagerDuty said it did not act (5xx, 429).
     *
     * @param what the action in the words of an error message, e.g. "acknowledge incident PT4KHLK"
     */
    JsonNode send(Request request, String what, boolean idempotent) {
        int attempts = retry.maxRetries() + 1;
        int lastStatus = 0;
        IOException lastFailure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Duration wait;
            try {
                Answer answer = call(request);
                lastStatus = answer.status();
                if (answer.status() >= 200 && answer.status() < 300) {
                    return parse(answer.text(), what);
                } else if (answer.status() == 429) {
                    wait = retry.rateLimitWait(answer.ratelimitReset(), attempt - 1);
                } else if (answer.status() >= 500) {
                    wait = retry.backoff(attempt - 1);
                } else {
                    throw rejected(what, answer.status(), answer.text());
                }
            } catch (IOException e) {
                if (!idempotent && !(e instanceof ConnectException)) {
                    throw PagerDutyException.unavailable(what, attempt, 0, e);
                }
                lastFailure = e;
                lastStatus = 0;
                wait = retry.backoff(attempt - 1);
            }
            if (attempt < attempts) {
                LOG.info("PagerDuty {} {} answered {}; retrying in {} ms ({}/{})", request.method(),
                        request.url().encodedPath(), lastStatus == 0 ? "nothing" : lastStatus, wait.toMillis(),
                        attempt, attempts - 1);
                pause(wait, what, attempt);
            }
        }
        LOG.warn("PagerDuty {} {} gave up after {} attempts (last {})", request.method(),
                request.url().encodedPath(), attempts, lastStatus == 0 ? "no answer" : lastStatus);
        throw PagerDutyException.unavailable(what, attempts, lastStatus, lastFailure);
    }

    private record Answer(int status, String text, String ratelimitReset) {}

    /** The whole exchange, body included, happens inside the permit so the bound really holds. */
    private Answer call(Request request) throws IOException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(PERMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a PagerDuty permit", e);
        }
        if (!acquired) {
            throw new ConnectException("no PagerDuty permit within " + PERMIT_WAIT.toSeconds() + " s");
        }
        try (Response response = http.newCall(request).execute()) {
            LOG.debug("PagerDuty {} {} -> {}", request.method(), request.url().encodedPath(), response.code());
            return new Answer(response.code(), response.body().string(), response.header("ratelimit-reset"));
        } finally {
            permits.release();
        }
    }

    private JsonNode parse(String text, String what) {
        try {
            return text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            throw PagerDutyException.unreadable(what, e);
        }
    }

    private void pause(Duration wait, String what, int attempt) {
        try {
            retry.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PagerDutyException.unavailable(what, attempt, 0, e);
        }
    }

    private PagerDutyException rejected(String what, int status, String text) {
        String message = null;
        List<String> errors = new ArrayList<>();
        try {
            JsonNode root = json.readTree(text);
            // REST wraps the reason in "error"; the Events API puts message and errors at the top
            JsonNode error = root.has("error") ? root.path("error") : root;
            message = error.path("message").asText(null);
            error.path("errors").forEach(e -> errors.add(e.asText()));
        } catch (IOException | RuntimeException notJson) {
            // a proxy's HTML page, say: the status alone will have to do
        }
        LOG.info("PagerDuty refused {} (HTTP {}): {} {}", what, status, message, errors);
        return PagerDutyException.rejected(what, status, message, errors);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
