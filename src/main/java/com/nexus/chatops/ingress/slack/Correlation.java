package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Short ids that tie a user-visible failure to its log line. */
public final class Correlation {
    private static final Logger LOG = LoggerFactory.getLogger(Correlation.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Correlation() {}

    public static String newId() {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * What a listener tells the user after running {@code work}: its reply, a {@link NexusException}'s message as
     * is, or for anything else a failure naming {@code what} with a reference to the log line.
     */
    static Reply outcome(String what, Supplier<Reply> work) {
        try {
            return work.get();
        } catch (NexusException e) {
            return Replies.notice(":x: " + e.getMessage());
        } catch (RuntimeException e) {
            String ref = newId();
            LOG.error("[{}] {} failed", ref, what, e);
            return Replies.failure(what, ref);
        }
    }
}
