package com.nexus.chatops.guard;

import com.nexus.chatops.core.Periodic;
import com.nexus.chatops.reply.ActionMessages;
import com.nexus.chatops.slack.SlackGateway;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Actions a stopped process left `executing` may or may not have reached Kubernetes. Every sweep (at startup and
 * then periodically) first renews the leases of what this process is running, then marks `unknown` the actions
 * whose lease ran out — their process is gone; another live replica's run keeps a fresh lease and is left alone.
 * Each is said so in its channel once and is never run again by nexus itself.
 */
public final class Recovery implements AutoCloseable {
    /** Well within {@link PendingActions#LEASE}, so a live owner's lease never lapses between two renewals. */
    public static final Duration EVERY = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final PendingActions pending;
    private final Audits audits;
    private final Execution execution;
    private final SlackGateway slack;
    private final Clock clock;
    private Periodic sweeps;

    Recovery(PendingActions pending, Audits audits, Execution execution, SlackGateway slack, Clock clock) {
        this.pending = pending;
        this.audits = audits;
        this.execution = execution;
        this.slack = slack;
        this.clock = clock;
    }

    public List<PendingAction> run() {
        pending.renewLeases(clock.instant());
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

    /** Sweeps every {@code every} on a daemon thread until {@link #close()}. */
    synchronized void start(Duration every) {
        if (sweeps == null) {
            sweeps = Periodic.start("nexus-action-recovery", every, this::sweep);
        }
    }

    private void sweep() {
        try {
            run();
        } catch (RuntimeException e) {
            // the next sweep tries again; a missed renewal still leaves most of the lease
            LOG.warn("sweeping interrupted actions failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (sweeps != null) {
            sweeps.close();
            sweeps = null;
        }
    }
}
