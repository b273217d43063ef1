package com.nexus.chatops.audit;

import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;

/**
 * Where guards and actions report: the audit log first (the record of truth), then, for actions in an incident
 * channel, the incident timeline, so the postmortem shows what was tried and who decided.
 */
public final class AuditTrail {
    private final AuditLog log;
    private final TimelineRepository timeline;

    public AuditTrail(AuditLog log, TimelineRepository timeline) {
        this.log = log;
        this.timeline = timeline;
    }

    public ChainedRecord record(AuditRecord r) {
        ChainedRecord chained = log.append(r);
        if (r.incidentId() != null) {
            timeline.append(new TimelineEntry(r.incidentId(), r.at(), "action", r.actor(), summary(r),
                    "audit:" + chained.hash()));
        }
        return chained;
    }

    public AuditLog log() {
        return log;
    }

    static String summary(AuditRecord r) {
        StringBuilder text = new StringBuilder(r.action());
        if (r.target() != null) {
            text.append(' ').append(r.target());
        }
        text.append(" — ").append(r.verdict());
        if (r.outcome() != null) {
            text.append(", ").append(r.outcome());
        }
        if (r.error() != null) {
            text.append(": ").append(r.error());
        } else if (r.reason() != null && !"allow".equals(r.verdict())) {
            text.append(": ").append(r.reason());
        }
        return text.toString();
    }
}
