package com.nexus.chatops.guard;

import com.nexus.chatops.reply.ActionMessages;
import com.nexus.chatops.reply.SlackGateway;
import java.time.Clock;
import java.util.List;

/**
 * At startup: actions a stopped process left `executing` may or may not have reached Kubernetes. They become
 * `unknown`, are said so in their channel once, and are never run again by nexus itself.
 */
public final class Recovery {
    private final PendingActions pending;
    private final Audits audits;
    private final Execution execution;
    private final SlackGateway slack;
    private final Clock clock;

    Recovery(PendingActions pending, Audits audits, Execution execution, SlackGateway slack, Clock clock) {
        this.pending = pending;
        this.audits = audits;
        this.execution = execution;
        this.slack = slack;
        this.clock = clock;
    }

    public List<PendingAction> run() {
        List<PendingAction> interrupted = pending.markInterrupted(clock.instant());
        for (PendingAction p : interrupted) {
            String service = p.request().service() == null ? "" : " " + p.request().service();
            String text = ":warning: " + Describe.request(p.request()) + ", requested by <@" + p.requester()
                    + ">, was running when nexus stopped: outcome unknown — check with `/nexus history" + service
                    + "`. nexus will not run it again by itself.";
            audits.pending(p, "nexus", p.channel(), "unknown", "nexus stopped while the action was running",
                    "outcome unknown", null);
            execution.settle(p, ":warning: Outcome unknown: nexus stopped while this was running.");
            slack.post(p.channel(), ActionMessages.post(text));
        }
        return interrupted;
    }
}
