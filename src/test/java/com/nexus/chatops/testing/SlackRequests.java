package com.nexus.chatops.testing;

import com.slack.api.app_backend.SlackSignature;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds requests the way Slack sends them to {@code /slack/events}, signed with v0 HMAC-SHA256 over
 * {@code v0:{timestamp}:{body}}. Each builder can also produce stale, tampered, unsigned or retried variants.
 */
public final class SlackRequests {

    public static final String EVENTS_PATH = "/slack/events";
    /** Slack rejects timestamps older than five minutes; six is safely past that. */
    public static final long STALE_SECONDS = 6 * 60;

    private final String signingSecret;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong(1000);

    public SlackRequests(String signingSecret) {
        this(signingSecret, Clock.systemUTC());
    }

    public SlackRequests(String signingSecret, Clock clock) {
        this.signingSecret = signingSecret;
        this.clock = clock;
    }

    /** A copy whose requests all carry this timestamp (epoch seconds). */
    public SlackRequests atTimestamp(long epochSeconds) {
        return new SlackRequests(signingSecret, Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
    }

    public String signingSecret() {
        return signingSecret;
    }

    public SlashCommandBuilder slashCommand(String text) {
        return new SlashCommandBuilder(this).text(text);
    }

    public BlockActionBuilder blockAction(String actionId, String value) {
        return new BlockActionBuilder(this, actionId, value);
    }

    public ViewSubmissionBuilder viewSubmission(String callbackId) {
        return new ViewSubmissionBuilder(this, callbackId);
    }

    /** An {@code event_callback} envelope around an event of this type. */
    public EventBuilder event(String eventType) {
        return new EventBuilder(this, eventType);
    }

    public RawRequestBuilder urlVerification(String challenge) {
        String body = Json.write(Json.object()
                .put("token", SlackDefaults.VERIFICATION_TOKEN)
                .put("challenge", challenge)
                .put("type", "url_verification"));
        return raw("application/json", body);
    }

    /** Any body, signed like the others; for payloads the typed builders do not cover. */
    public RawRequestBuilder raw(String contentType, String body) {
        return new RawRequestBuilder(this, contentType, body);
    }

    /** The header value Slack would send for this timestamp and body. */
    public String sign(long epochSeconds, String body) {
        return signWith(signingSecret, epochSeconds, body);
    }

    static String signWith(String secret, long epochSeconds, String body) {
        return new SlackSignature.Generator(secret).generate(Long.toString(epochSeconds), body);
    }

    long nowEpochSeconds() {
        return clock.instant().getEpochSecond();
    }

    /** Unique per builder, like Slack's own trigger and event ids, so distinct requests never collide. */
    String nextId(String prefix) {
        return prefix + sequence.incrementAndGet();
    }
}
