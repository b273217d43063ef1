package com.nexus.chatops.pagerduty;

import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Events API v2 ({@code POST /v2/enqueue}): pages a service through its integration's routing key. The caller
 * passes a stable {@code dedupKey} (e.g. per incident and service), so a retried page updates the same alert
 * instead of opening a new one; that also makes every call safe to resend.
 */
public final class PagerDutyEventsClient implements AutoCloseable {
    /** PagerDuty truncates longer summaries; cutting them here keeps the request valid. */
    static final int MAX_SUMMARY = 1024;

    private final HttpUrl enqueue;
    private final PagerDutyHttp http;

    public PagerDutyEventsClient(String eventsUrl) {
        this(eventsUrl, RetryPolicy.DEFAULT, 2);
    }

    PagerDutyEventsClient(String eventsUrl, RetryPolicy retry, int concurrency) {
        this.enqueue = HttpUrl.get(eventsUrl).newBuilder().addPathSegment("v2").addPathSegment("enqueue").build();
        this.http = new PagerDutyHttp(retry, concurrency);
    }

    /** @return the dedup key PagerDuty filed the alert under */
    public String trigger(String routingKey, String dedupKey, String summary, String source, AlertSeverity severity) {
        ObjectNode body = event(routingKey, "trigger", dedupKey);
        String text = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary;
        body.putObject("payload").put("summary", text).put("source", source).put("severity", severity.wire());
        return send(body, "page " + source);
    }

    public String acknowledge(String routingKey, String dedupKey) {
        return send(event(routingKey, "acknowledge", dedupKey), "acknowledge the page " + dedupKey);
    }

    public String resolve(String routingKey, String dedupKey) {
        return send(event(routingKey, "resolve", dedupKey), "resolve the page " + dedupKey);
    }

    private ObjectNode event(String routingKey, String action, String dedupKey) {
        if (routingKey == null || routingKey.isBlank()) {
            throw new IllegalArgumentException("an Events API routing key is required");
        }
        if (dedupKey == null || dedupKey.isBlank()) {
            throw new IllegalArgumentException("a stable dedup key is required, or retries would page again");
        }
        return http.json().createObjectNode()
                .put("routing_key", routingKey).put("event_action", action).put("dedup_key", dedupKey);
    }

    private String send(ObjectNode body, String what) {
        Request request = new Request.Builder().url(enqueue)
                .header("Content-Type", "application/json")
                .post(http.body(body)).build();
        return http.send(request, what, true).path("dedup_key").asText(body.path("dedup_key").asText());
    }

    @Override
    public void close() {
        http.close();
    }

    /** The routing key travels in bodies only, so there is nothing secret to hide here. */
    @Override
    public String toString() {
        return "PagerDutyEventsClient[" + enqueue + "]";
    }
}
