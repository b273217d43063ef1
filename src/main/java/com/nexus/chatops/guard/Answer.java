package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the guard answers the person who asked for an action, or clicked one of its buttons; a view words it. */
public sealed interface Answer {

    /** The chain said no; {@code overrideOffered}: a cooldown denial a lead may now lift. */
    record Denied(String reason, boolean overrideOffered) implements Answer {
    }

    /** A read ran; its result is for the asker. */
    record Read(ActionResult result) implements Answer {
    }

    /** A write ran as a dry run: what it would do, and what the server said. */
    record DryRun(ActionRequest request, Optional<CooldownOverride> override, String preview, String result)
            implements Answer {
    }

    /** The action could not even be planned or previewed (unknown deployment, RBAC, …). */
    record Failed(String message) implements Answer {
    }

    /** The confirmation is posted in the channel and waits for the requester (and approvers). */
    record AwaitingConfirmation(String pendingId, int approvals, List<String> approvers, Duration ttl,
                                boolean console) implements Answer {
        public AwaitingConfirmation {
            approvers = List.copyOf(approvers);
        }
    }

    /** Confirmed (or needing no confirmation), it ran; the result is in the channel. */
    record Ran(ActionRequest request) implements Answer {
    }

    record RunFailed(ActionRequest request, String message) implements Answer {
    }

    /** A click naming no pending action nexus knows. */
    record UnknownButton() implements Answer {
    }

    /** A click that does not count, and why; {@code step} is confirm, approve or cancel. */
    record Refused(String step, ActionRequest request, Refusal why) implements Answer {
    }

    record Approved(ActionRequest request) implements Answer {
    }

    record Cancelled(ActionRequest request) implements Answer {
    }

    record OverrideRefused(String why) implements Answer {
    }

    /** A lead lifted the cooldown; the request was asked again for its requester, with this answer. */
    record Overridden(String requester, ActionRequest request, Answer reissued) implements Answer {
    }
}
