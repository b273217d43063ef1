package com.nexus.chatops.statuspage;

import com.nexus.chatops.core.NexusException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors a status update to Statuspage: the first update of an incident opens a Statuspage incident, every
 * later one patches it. Never throws: the Slack update must not depend on Statuspage, so a failure comes back
 * as a sentence for the responder.
 */
public final class StatuspageMirror {
    private static final Logger LOG = LoggerFactory.getLogger(StatuspageMirror.class);
    private final Statuspage page;
    private final StatuspageLinks links;

    public StatuspageMirror(Statuspage page, StatuspageLinks links) {
        this.page = page;
        this.links = links;
    }

    public boolean enabled() {
        return page.enabled();
    }

    /** @return empty when mirrored (or when no status page is configured), else what went wrong */
    public Optional<String> publish(long incidentId, String name, String status, String body) {
        if (!page.enabled()) {
            return Optional.empty();
        }
        try {
            Optional<String> linked = links.find(incidentId);
            if (linked.isPresent()) {
                page.update(linked.get(), status, body);
            } else {
                links.link(incidentId, page.create(name, status, body));
            }
            return Optional.empty();
        } catch (NexusException e) {
            LOG.warn("statuspage update for incident {} failed: {}", incidentId, e.getMessage());
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("statuspage update for incident {} failed", incidentId, e);
            return Optional.of("Statuspage could not be updated (" + e.getClass().getSimpleName() + ").");
        }
    }
}
