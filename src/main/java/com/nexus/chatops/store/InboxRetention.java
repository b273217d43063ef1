package com.nexus.chatops.store;

import com.nexus.chatops.core.Periodic;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the inbox from growing for ever: deliveries older than {@code keep} that are settled (processed, or kept
 * only as a dedupe key) are forgotten. Slack retries within minutes and PagerDuty for up to 48 hours, so a week
 * still recognises every retry; events not yet processed are never purged.
 */
public final class InboxRetention {
    public static final Duration KEEP = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(InboxRetention.class);

    private InboxRetention() {
    }

    /** Purges every {@code every} until the returned loop is closed. */
    public static Periodic start(Inbox inbox, Clock clock, Duration every, Duration keep) {
        return Periodic.start("nexus-inbox-retention", every, () -> {
            try {
                int purged = inbox.purgeBefore(clock.instant().minus(keep));
                if (purged > 0) {
                    LOG.info("inbox: forgot {} settled deliveries older than {} days", purged, keep.toDays());
                }
            } catch (RuntimeException e) {
                LOG.warn("inbox purge failed; trying again later: {}", e.toString());
            }
        });
    }
}
