package com.nexus.chatops.incident.runbook;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentOpened;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When an incident opens from a PagerDuty page, or is declared for a service, its best runbook is posted in its
 * channel, off the declaring thread: reading the cluster for the hints never delays the declaration, and a
 * failure to post is logged, never the declaration's failure.
 */
public final class RunbookOffers implements IncidentOpened {
    private static final Logger LOG = LoggerFactory.getLogger(RunbookOffers.class);
    private final RunbookPosts posts;
    private final Executor executor;

    public RunbookOffers(RunbookPosts posts, Executor executor) {
        this.posts = posts;
        this.executor = executor;
    }

    @Override
    public void opened(Incident incident) {
        boolean paged = incident.pagerdutyIncidentId() != null;
        if (incident.channelId() == null || (incident.service() == null && !paged) || posts.runbooks().isEmpty()) {
            return;
        }
        try {
            executor.execute(() -> offer(incident));
        } catch (RejectedExecutionException e) {
            LOG.warn("#{}: the runbook was not posted: nexus is stopping", incident.channelName());
        }
    }

    private void offer(Incident incident) {
        try {
            posts.offer(incident);
        } catch (RuntimeException e) {
            LOG.warn("#{}: could not post the runbook: {}", incident.channelName(), e.toString());
        }
    }
}
