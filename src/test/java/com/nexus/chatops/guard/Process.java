package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.guard.view.ActionReplies;
import com.nexus.chatops.slack.Reply;
import java.util.List;
import java.util.Optional;

/** One nexus process's guarded actions as a test drives them: replies as the doors show them, data beneath. */
record Process(ActionGuard guard, ActionReplies replies) {

    Reply request(Invocation invocation, ActionRequest request, boolean dryRun) {
        return replies.request(invocation, request, dryRun);
    }

    Reply confirm(Click click) {
        return replies.confirm(click);
    }

    Reply approve(Click click) {
        return replies.approve(click);
    }

    Reply cancel(Click click) {
        return replies.cancel(click);
    }

    Optional<String> overrideRefusal(String heldId, String user) {
        return guard.overrideRefusal(heldId, user);
    }

    Reply overrideCooldown(String heldId, String user, String reason) {
        return replies.overrideCooldown(heldId, user, reason);
    }

    List<PendingAction> recoverInterrupted() {
        return guard.recoverInterrupted();
    }

    PendingActions pending() {
        return guard.pending();
    }

    Permissions permissions() {
        return guard.permissions();
    }
}
