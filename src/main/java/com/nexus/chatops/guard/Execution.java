package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.core.References;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a claimed pending action exactly once: it is already `executing` in the store (so a crash leaves a trace),
 * then becomes `done` or `failed`; the result goes to the channel and the rollout is followed in its thread.
 */
public final class Execution {
    private static final Logger LOG = LoggerFactory.getLogger(Execution.class);
    private final Ledger ledger;
    private final ActionCatalog catalog;
    private final ActionChannel channel;
    private final Duration rolloutDeadline;
    private final Executor followUps;

    /** @param followUps where rollouts are followed: a slow rollout must not hold a command thread */
    public Execution(Ledger ledger, ActionCatalog catalog, ActionChannel channel, Duration rolloutDeadline,
                     Executor followUps) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.channel = channel;
        this.rolloutDeadline = rolloutDeadline;
        this.followUps = followUps;
    }

    /** What is missing for this request here (its service in nexus.yml, a connection), if anything. */
    Optional<String> unavailable(ActionRequest request) {
        return catalog.unavailable(request);
    }

    PlannedAction plan(ActionRequest request) {
        return catalog.plan(request);
    }

    /** @param p a pending action this caller has just moved to executing */
    Answer run(PendingAction p, String confirmer) {
        PlannedAction action;
        ActionResult result;
        try {
            action = catalog.plan(p.request());
            result = action.execute(false);
        } catch (NexusException e) {
            return failed(p, confirmer, e.getMessage());
        } catch (RuntimeException e) {
            String ref = References.next();
            LOG.error("[{}] {} failed unexpectedly", ref, p.request(), e);
            return failed(p, confirmer, "unexpected error, reference " + ref + " (the nexus log has details)");
        }
        ledger.pending().finish(p.id(), PendingState.DONE, result.text(), ledger.clock().instant());
        ledger.audits().pending(p, confirmer, p.channel(), "allow", "confirmed by " + confirmer, "done", null);
        settle(p, new Settlement.Done(confirmer));
        Optional<String> ts = channel.tell(p.channel(), new Notice.Ran(p.request(), result.text()));
        result.snippet().ifPresent(s -> channel.upload(p.channel(), ts.orElse(null), s));
        ts.ifPresent(thread -> followUps.execute(() -> follow(p, action, thread)));
        return new Answer.Ran(p.request());
    }

    private Answer failed(PendingAction p, String confirmer, String message) {
        ledger.pending().finish(p.id(), PendingState.FAILED, message, ledger.clock().instant());
        ledger.audits().pending(p, confirmer, p.channel(), "allow", "confirmed by " + confirmer, "failed", message);
        settle(p, new Settlement.Failed(message));
        channel.tell(p.channel(), new Notice.Failed(p.request(), message));
        return new Answer.RunFailed(p.request(), message);
    }

    private void follow(PendingAction p, PlannedAction action, String ts) {
        try {
            AtomicReference<String> posted = new AtomicReference<>();
            Optional<String> last = action.follow(rolloutDeadline, line -> {
                posted.set(line);
                channel.tellInThread(p.channel(), ts, new Notice.Progress(line));
            });
            // the final status is usually the last progress line already: say it once
            last.filter(line -> !line.equals(posted.get()))
                    .ifPresent(line -> channel.tellInThread(p.channel(), ts, new Notice.Progress(line)));
        } catch (RuntimeException e) {
            String message = e instanceof NexusException ? e.getMessage() : "following the rollout failed";
            LOG.warn("following {} stopped: {}", p.request(), e.toString());
            channel.tellInThread(p.channel(), ts, new Notice.StoppedFollowing(p.request(), message));
        }
    }

    /** Replaces the confirmation message's buttons with how it ended. */
    void settle(PendingAction p, Settlement how) {
        if (p.messageTs() != null) {
            channel.settle(p, how);
        }
    }
}
