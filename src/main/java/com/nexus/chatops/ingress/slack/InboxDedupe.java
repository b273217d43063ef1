package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.store.Inbox;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each delivery in the inbox before any handler runs; a repeat (Slack retry, double delivery,
 * replica race) is acked with an empty 200 and goes no further. Runs after Bolt's signature check, so a
 * forged request never reaches the inbox. The inbox is in the database, so this survives restarts.
 */
final class InboxDedupe implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(InboxDedupe.class);
    private final Inbox inbox;
    private final MeterRegistry meters;

    InboxDedupe(Inbox inbox, MeterRegistry meters) {
        this.inbox = inbox;
        this.meters = meters;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        Optional<DedupeKeys.Key> key = DedupeKeys.of(req);
        if (key.isPresent() && !inbox.firstSeen(key.get().source(), key.get().key())) {
            LOG.info("ignoring repeated {} {} (retry {})", key.get().source(), key.get().key(),
                    req.getHeaders().getFirstValue("X-Slack-Retry-Num"));
            meters.counter("nexus.slack.duplicates", "source", key.get().source()).increment();
            return Response.ok();
        }
        return chain.next(req);
    }
}
