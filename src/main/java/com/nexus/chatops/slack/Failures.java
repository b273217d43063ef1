package com.nexus.chatops.slack;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.core.References;
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
        LOG.error("[{}] {} failed", reference, Mrkdwn.toPlain(what), e);
        return Replies.failure(what, reference);
    }
}
