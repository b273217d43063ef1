package com.nexus.chatops.guard;

import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;
import java.util.Map;

/**
 * The guard's audit entries: one per decision, click and outcome, never skipped. The audit log comes first (the
 * record of truth); an entry about an incident channel then joins that incident's timeline, so the post-mortem
 * shows what was tried and who decided.
 */
public final class Audits {
    private final AuditLog log;
    private final TimelineRepository timeline;
    private final Clock clock;

    public Audits(AuditLog log, TimelineRepository timeline, Clock clock) {
        this.log = log;
        this.timeline = timeline;
        this.clock = clock;
    }

    void attempt(Attempt a, String verdict, String reason, String outcome, String error) {
        record(new AuditRecord(clock.instant(), a.actor(), a.channelId(), a.incidentId(), a.action(), a.service(),
                RequestParams.json(a.request(), a.override(), false), verdict, reason, outcome, error));
    }

    void pending(PendingAction p, String actor, String channel, String verdict, String reason, String outcome,
                 String error) {
        record(new AuditRecord(clock.instant(), actor, channel, p.incidentId(), p.request().action(),
                p.request().service(), RequestParams.json(p.request(), p.override(), p.held()), verdict, reason,
                outcome, error));
    }

    /** A click naming no pending action we know: forged, mistyped or from another installation. */
    void unknown(String step, String actor, String channel, String id) {
        String shown = id == null ? "" : id.length() > 64 ? id.substring(0, 64) + "…" : id;
        record(new AuditRecord(clock.instant(), actor, channel, null, "pending." + step, null,
                RequestParams.json(Map.of("id", shown)), "deny", "no pending action has this id", "refused", null));
    }

    /** A form submission for a view nexus did not open for this user: forged, replayed or from another app. */
    void refusedView(String actor, String externalId, String callbackId, String reason) {
        String shown = externalId == null ? "" : externalId.length() > 64 ? externalId.substring(0, 64) + "…"
                : externalId;
        record(new AuditRecord(clock.instant(), actor == null ? "unknown" : actor, null, null, "view.submit",
                callbackId, RequestParams.json(Map.of("view", shown)), "deny", reason, "refused", null));
    }

    private void record(AuditRecord r) {
        ChainedRecord chained = log.append(r);
        if (r.incidentId() != null) {
            timeline.append(new TimelineEntry(r.incidentId(), r.at(), "action", r.actor(), summary(r),
                    "audit:" + chained.hash()));
        }
    }

    /** "k8s.rollback core-api — deny, refused: …", as the timeline shows an audited step. */
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
