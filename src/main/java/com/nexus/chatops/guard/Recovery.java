package com.nexus.chatops.guard;

import com.nexus.chatops.core.Periodic;
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

    private final Ledger ledger;
    private final Execution execution;
    private final ActionChannel channel;
    private Periodic sweeps;

    public Recovery(Ledger ledger, Execution execution, ActionChannel channel) {
        this.ledger = ledger;
        this.execution = execution;
        this.channel = channel;
    }

    public List<PendingAction> run() {
        ledger.pending().renewLeases(ledger.clock().instant());
        List<PendingAction> interrupted = ledger.pending().markInterrupted(ledger.clock().instant());
        for (PendingAction p : interrupted) {
            ledger.audits().pending(p, "nexus", p.channel(), "unknown", "nexus stopped while the action was running",
                    "outcome unknown", null);
            execution.settle(p, new Settlement.Unknown());
            channel.tell(p.channel(), new Notice.Interrupted(p.request(), p.requester()));
        }
        return interrupted;
    }

    /** Sweeps every {@code every} on a daemon thread until {@link #close()}. */
    public synchronized void start(Duration every) {
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
