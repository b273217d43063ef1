package com.nexus.chatops.ingress.pagerduty;

import com.nexus.chatops.pagerduty.PagerDutyEvents;
import com.nexus.chatops.pagerduty.WebhookEvent;
import com.nexus.chatops.store.Inbox;
import com.nexus.chatops.store.InboxItem;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs stored events through the handler one at a time, in arrival order, and marks each processed once the
 * handler returned. An event whose handling failed stays unprocessed and is retried at the next start.
 */
final class WebhookProcessor implements AutoCloseable {
    static final String SOURCE = "pagerduty";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookProcessor.class);
    private static final int REPLAY_LIMIT = 10_000;

    private final Inbox inbox;
    private final PagerDutyEvents events;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nexus-pagerduty-events");
        t.setDaemon(true);
        return t;
    });

    WebhookProcessor(Inbox inbox, PagerDutyEvents events) {
        this.inbox = inbox;
        this.events = events;
    }

    /** Queues what an earlier run stored but did not finish; call before the endpoint takes deliveries. */
    void replayUnprocessed() {
        List<InboxItem> pending = inbox.unprocessed(SOURCE, REPLAY_LIMIT);
        if (!pending.isEmpty()) {
            LOG.info("processing {} PagerDuty events stored before the last stop", pending.size());
        }
        for (InboxItem item : pending) {
            WebhookEvent event;
            try {
                event = WebhookEvent.parse(item.payload());
            } catch (IllegalArgumentException e) {
                LOG.warn("stored PagerDuty event {} is unreadable ({}); skipped", item.key(), e.getMessage());
                inbox.markProcessed(SOURCE, item.key());
                continue;
            }
            submit(event);
        }
    }

    void submit(WebhookEvent event) {
        try {
            executor.execute(() -> process(event));
        } catch (RejectedExecutionException e) {
            LOG.warn("PagerDuty event {} stored but not processed now (stopping); it runs at the next start",
                    event.id());
        }
    }

    private void process(WebhookEvent event) {
        try {
            events.handle(event);
            inbox.markProcessed(SOURCE, event.id());
        } catch (RuntimeException e) {
            LOG.warn("PagerDuty event {} ({}) failed; kept for the next start", event.id(), event.eventType(), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("PagerDuty events still queued at stop; they run at the next start");
            executor.shutdownNow();
        }
    }
}
