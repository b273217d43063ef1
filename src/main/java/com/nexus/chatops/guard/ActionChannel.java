package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionResult;
import java.util.Optional;

/**
 * What the guard flow says in the channel where an action was asked for, handed over as data: the view renders
 * it and sends it to Slack, returning once Slack answered (or the wait ran out). Only the two messages the flow
 * cannot go on without report failure, as a NexusException saying why; the rest are logged and given up.
 */
public interface ActionChannel {

    /** The confirmation of {@code p}, with its buttons; @return its ts @throws NexusException when not posted */
    String askToConfirm(PendingAction p, int approvalsSoFar);

    /** Redraws the confirmation with the approvals given so far. */
    void approvalsChanged(PendingAction p, int approvalsSoFar);

    /** A cooldown denial with the override button for leads; @return its ts @throws NexusException when not posted */
    String offerOverride(PendingAction held);

    /** The confirmation without buttons, saying how it ended. */
    void settle(PendingAction p, Settlement how);

    /** A message for everyone in the channel; its ts, or empty when not posted. */
    Optional<String> tell(String channel, Notice notice);

    /** A reply in the thread of {@code ts}. */
    void tellInThread(String channel, String ts, Notice notice);

    /**
     * Output too long for a message, as a file (in the thread of {@code threadTs} when given).
     * @return empty when uploaded, else why not
     */
    Optional<String> upload(String channel, String threadTs, ActionResult.Snippet snippet);
}
