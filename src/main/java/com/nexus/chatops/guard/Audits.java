package com.nexus.chatops.guard;

import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.audit.AuditTrail;
import java.time.Clock;

/** The guard flow's audit entries: one per decision, click and outcome, never skipped. */
final class Audits {
    private final AuditTrail trail;
    private final Clock clock;

    Audits(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    void attempt(Attempt a, String verdict, String reason, String outcome, String error) {
        trail.record(new AuditRecord(clock.instant(), a.actor(), a.channelId(), a.incidentId(), a.action(),
                a.service(), a.request().paramsJson(), verdict, reason, outcome, error));
    }

    void pending(PendingAction p, String actor, String channel, String verdict, String reason, String outcome,
                 String error) {
        trail.record(new AuditRecord(clock.instant(), actor, channel, p.incidentId(), p.request().action(),
                p.request().service(), p.request().paramsJson(), verdict, reason, outcome, error));
    }

    /** A click naming no pending action we know: forged, mistyped or from another installation. */
    void unknown(String step, String actor, String channel, String id) {
        String shown = id == null ? "" : id.length() > 64 ? id.substring(0, 64) + "…" : id;
        trail.record(new AuditRecord(clock.instant(), actor, channel, null, "pending." + step, null,
                "{\"id\":\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}", "deny",
                "no pending action has this id", "refused", null));
    }
}
