package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;

/** What the guard flow tells everyone in an action's channel, as data for the view. */
public sealed interface Notice {

    /** The approvals are in; the requester can confirm. */
    record Approved(ActionRequest request, String requester) implements Notice {
    }

    /** The action ran; {@code result} is the action's own mrkdwn. */
    record Ran(ActionRequest request, String result) implements Notice {
    }

    record Failed(ActionRequest request, String message) implements Notice {
    }

    /** It was running when nexus stopped; nobody knows how it ended, and nexus will not run it again. */
    record Interrupted(ActionRequest request, String requester) implements Notice {
    }

    /** One line of a rollout being followed (the action's own mrkdwn). */
    record Progress(String line) implements Notice {
    }

    /** Following the rollout stopped before it settled. */
    record StoppedFollowing(ActionRequest request, String why) implements Notice {
    }
}
