package com.nexus.chatops.testing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Signing options shared by every request builder; subclasses only supply the body. */
public abstract class SlackRequestBuilder<B extends SlackRequestBuilder<B>> {

    private enum Signing { VALID, TAMPERED, NONE }

    protected final SlackRequests slack;
    private Long timestamp;
    private Signing signing = Signing.VALID;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    protected SlackRequestBuilder(SlackRequests slack) {
        this.slack = slack;
    }

    protected abstract String contentType();

    protected abstract String body();

    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    /** Epoch seconds to put in {@code X-Slack-Request-Timestamp} (and sign). */
    public B timestamp(long epochSeconds) {
        this.timestamp = epochSeconds;
        return self();
    }

    /** Correctly signed but six minutes old, which Slack's replay rule says to reject. */
    public B staleTimestamp() {
        return timestamp(slack.nowEpochSeconds() - SlackRequests.STALE_SECONDS);
    }

    /** Signed with a different secret, as a forger would. */
    public B tamperedSignature() {
        this.signing = Signing.TAMPERED;
        return self();
    }

    /** No timestamp or signature headers at all. */
    public B unsigned() {
        this.signing = Signing.NONE;
        return self();
    }

    /** Marks the delivery as Slack's retry number {@code num} (e.g. reason {@code http_timeout}). */
    public B retry(int num, String reason) {
        extraHeaders.put("X-Slack-Retry-Num", Integer.toString(num));
        extraHeaders.put("X-Slack-Retry-Reason", reason);
        return self();
    }

    public B header(String name, String value) {
        extraHeaders.put(name, value);
        return self();
    }

    public SignedRequest build() {
        String body = body();
        long ts = timestamp != null ? timestamp : slack.nowEpochSeconds();
        Map<String, String> headers = new LinkedHashMap<>();
        if (signing != Signing.NONE) {
            String secret = signing == Signing.VALID ? slack.signingSecret() : slack.signingSecret() + "-forged";
            headers.put(SignedRequest.TIMESTAMP_HEADER, Long.toString(ts));
            headers.put(SignedRequest.SIGNATURE_HEADER, SlackRequests.signWith(secret, ts, body));
        }
        headers.putAll(extraHeaders);
        return new SignedRequest(SlackRequests.EVENTS_PATH, contentType(), body, headers);
    }

    /** Builds and POSTs to {@code base} + {@code /slack/events}. */
    public HttpPoster.Result send(URI base) {
        return build().send(base);
    }
}
