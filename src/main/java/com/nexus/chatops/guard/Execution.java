package com.nexus.chatops.guard;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.GuardedAction;
import com.nexus.chatops.reply.ActionMessages;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a claimed pending action exactly once: it is already `executing` in the store (so a crash leaves a trace),
 * then becomes `done` or `failed`; the result goes to the channel and the rollout is followed in its thread.
 */
final class Execution {
    private static final Logger LOG = LoggerFactory.getLogger(Execution.class);
    private final ActionCatalog catalog;
    private final PendingActions pending;
    private final Audits audits;
    private final SlackGateway slack;
    private final Clock clock;
    private final Duration rolloutDeadline;
    private final Executor followUps;

    Execution(ActionCatalog catalog, PendingActions pending, Audits audits, SlackGateway slack, Clock clock,
              Duration rolloutDeadline, Executor followUps) {
        this.catalog = catalog;
        this.pending = pending;
        this.audits = audits;
        this.slack = slack;
        this.clock = clock;
        this.rolloutDeadline = rolloutDeadline;
        this.followUps = followUps;
    }

    /** @param p a pending action this caller has just moved to executing */
    Reply run(PendingAction p, String confirmer) {
        String what = Describe.request(p.request());
        GuardedAction action;
        ActionResult result;
        try {
            action = catalog.plan(p.request());
            result = action.execute(false);
        } catch (NexusException e) {
            return failed(p, confirmer, what, e.getMessage());
        } catch (RuntimeException e) {
            String ref = UUID.randomUUID().toString().substring(0, 10);
            LOG.error("[{}] {} failed unexpectedly", ref, p.request(), e);
            return failed(p, confirmer, what, "unexpected error, reference " + ref + " (the nexus log has details)");
        }
        pending.finish(p.id(), PendingState.DONE, result.text(), clock.instant());
        audits.pending(p, confirmer, p.channel(), "allow", "confirmed by " + confirmer, "done", null);
        settle(p, ":white_check_mark: Done — confirmed by <@" + confirmer + ">.");
        String ts = join(slack.post(p.channel(), ActionMessages.post(":white_check_mark: " + what + " done.\n"
                + result.text())));
        result.snippet().ifPresent(s -> slack.uploadText(p.channel(), ts, s.filename(), s.title(), s.content()));
        if (ts != null) {
            followUps.execute(() -> follow(p, action, ts));
        }
        return Replies.notice(":white_check_mark: " + what + " ran; the result is in the channel.");
    }

    private Reply failed(PendingAction p, String confirmer, String what, String message) {
        pending.finish(p.id(), PendingState.FAILED, message, clock.instant());
        audits.pending(p, confirmer, p.channel(), "allow", "confirmed by " + confirmer, "failed", message);
        settle(p, ":x: Failed: " + message);
        slack.post(p.channel(), ActionMessages.post(":x: " + what + " failed: " + message));
        return Replies.notice(":x: " + what + " failed: " + message);
    }

    private void follow(PendingAction p, GuardedAction action, String ts) {
        try {
            AtomicReference<String> posted = new AtomicReference<>();
            Optional<String> last = action.follow(rolloutDeadline, line -> {
                posted.set(line);
                slack.postInThread(p.channel(), ts, ActionMessages.post(line));
            });
            // the final status is usually the last progress line already: say it once
            last.filter(line -> !line.equals(posted.get()))
                    .ifPresent(line -> slack.postInThread(p.channel(), ts, ActionMessages.post(line)));
        } catch (RuntimeException e) {
            String message = e instanceof NexusException ? e.getMessage() : "following the rollout failed";
            LOG.warn("following {} stopped: {}", p.request(), e.toString());
            slack.postInThread(p.channel(), ts, ActionMessages.post(":warning: Stopped following: " + message
                    + ". Check with `/nexus pods " + p.request().service() + "`."));
        }
    }

    /** Replaces the confirmation message's buttons with how it ended. */
    void settle(PendingAction p, String status) {
        if (p.messageTs() != null) {
            slack.update(p.channel(), p.messageTs(),
                    ActionMessages.settled(Describe.headline(p.request()), p.preview() == null ? "" : p.preview(), status));
        }
    }

    private static String join(java.util.concurrent.CompletableFuture<String> posted) {
        try {
            return posted.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            LOG.warn("could not post an action result: {}", e.toString());
            return null;
        }
    }
}
