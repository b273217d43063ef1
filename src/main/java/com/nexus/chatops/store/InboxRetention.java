package com.nexus.chatops.store;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the inbox from growing for ever: deliveries older than {@code keep} that are settled (processed, or kept
 * only as a dedupe key) are forgotten. Slack retries within minutes and PagerDuty for up to 48 hours, so a week
 * still recognises every retry; events not yet processed are never purged.
 */
public final class InboxRetention implements AutoCloseable {
    public static final Duration KEEP = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(InboxRetention.class);
    private final ScheduledExecutorService scheduler;

    private InboxRetention(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public static InboxRetention start(Inbox inbox, Clock clock, Duration every, Duration keep) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nexus-inbox-retention");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int purged = inbox.purgeBefore(clock.instant().minus(keep));
                if (purged > 0) {
                    LOG.info("inbox: forgot {} settled deliveries older than {} days", purged, keep.toDays());
                }
            } catch (RuntimeException e) {
                LOG.warn("inbox purge failed; trying again later: {}", e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new InboxRetention(scheduler);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
