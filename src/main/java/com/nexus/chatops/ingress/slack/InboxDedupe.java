package com.nexus.chatops.ingress.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nexus.chatops.store.Inbox;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each delivery in the inbox before any handler runs; a repeat (Slack retry, double delivery,
 * replica race) is acked with an empty 200 and goes no further. Runs after Bolt's signature check, so a
 * forged request never reaches the inbox.
 *
 * <p>Two lines: a bounded in-memory set of recent keys turns away repeats this process already saw without
 * touching the store; every other key waits for the inbox's group commit, and the handler runs only when that
 * commit says the key is new. The ack therefore leaves only after the key is durable: a crash before the
 * commit leaves Slack without an ack (it retries, and the retry runs once); a crash after it leaves a key that
 * turns every retry away.
 */
final class InboxDedupe implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(InboxDedupe.class);
    /** Slack retries after about 1 and 5 minutes; older repeats are still caught by the store. */
    private static final Duration REMEMBERED = Duration.ofMinutes(10);
    private static final int REMEMBERED_KEYS = 10_000;
    /** Well inside Slack's 3 s; a commit this slow means the store is in trouble: the sender sees a failure. */
    private static final Duration COMMIT_WAIT = Duration.ofMillis(2500);

    private final Inbox inbox;
    private final MeterRegistry meters;
    private final Timer commits;
    /** Its upkeep (eviction) runs on the request's own thread: handing it to a pool cost more than doing it. */
    private final Cache<String, Boolean> recent = Caffeine.newBuilder().executor(Runnable::run)
            .maximumSize(REMEMBERED_KEYS).expireAfterWrite(REMEMBERED).build();

    InboxDedupe(Inbox inbox, MeterRegistry meters) {
        this.inbox = inbox;
        this.meters = meters;
        this.commits = Timer.builder("nexus.inbox.commit")
                .description("Time a Slack delivery waited for its dedupe key to be committed")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        Optional<DedupeKeys.Key> found = DedupeKeys.of(req);
        if (found.isEmpty()) {
            return chain.next(req);
        }
        DedupeKeys.Key key = found.get();
        String memo = key.source() + '\u0000' + key.key();
        if (recent.asMap().putIfAbsent(memo, Boolean.TRUE) != null) {
            return repeat(req, key);
        }
        Timer.Sample sample = Timer.start(meters);
        try {
            boolean fresh = inbox.firstSeenGrouped(key.source(), key.key())
                    .get(COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            sample.stop(commits);
            return fresh ? chain.next(req) : repeat(req, key);
        } catch (ExecutionException | TimeoutException e) {
            recent.invalidate(memo);
            LOG.warn("could not record {} {} in the inbox; answered 503 and ran nothing: {}", key.source(),
                    key.key(), e instanceof ExecutionException ? e.getCause().toString() : "commit too slow");
            meters.counter("nexus.slack.unrecorded", "source", key.source()).increment();
            return Response.builder().statusCode(503).contentType("text/plain").body("store unavailable").build();
        }
    }

    private Response repeat(Request<?> req, DedupeKeys.Key key) {
        LOG.info("ignoring repeated {} {} (retry {})", key.source(), key.key(),
                req.getHeaders().getFirstValue("X-Slack-Retry-Num"));
        meters.counter("nexus.slack.duplicates", "source", key.source()).increment();
        return Response.ok();
    }
}
