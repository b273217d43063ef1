package com.nexus.chatops.slack;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.core.References;
import com.nexus.chatops.core.Texts;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a failure becomes the user's reply: a {@link NexusException}'s message is shown as it is (it is
 * written for responders); anything else is logged with a reference and the user gets "something went wrong"
 * with that reference, never a stack trace.
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    /** Runs {@code work}; what it throws becomes the reply. @param what names the work for the user, mrkdwn */
    public static Reply of(String what, Supplier<Reply> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return reply(what, e, References.next());
        }
    }

    /** @param reference the id the log line and the reply share (a request's correlation id, or a new one) */
    public static Reply reply(String what, RuntimeException e, String reference) {
        if (e instanceof NexusException) {
            return Replies.notice(":x: " + e.getMessage());
        }
        LOG.error("[{}] {} failed", reference, Texts.forLog(Mrkdwn.toPlain(what)), escaped(e));
        return Replies.failure(what, reference);
    }

    /** The exception as logged: its trace kept, its message (which may quote what a user typed) escaped. */
    private static Throwable escaped(Throwable e) {
        Throwable shown = new LoggedFailure(e.getClass().getName() + ": " + Texts.forLog(e.getMessage()),
                e.getCause() == null ? null : escaped(e.getCause()));
        shown.setStackTrace(e.getStackTrace());
        return shown;
    }

    private static final class LoggedFailure extends RuntimeException {
        LoggedFailure(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
