package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A guarded action waiting for (or past) its confirmation. The id is random and unguessable; it is the only
 * thing a Slack button carries. {@code request} is what runs on Confirm, with what its preview pinned;
 * {@code held} marks a cooldown denial kept for a lead's override, which can never be confirmed itself.
 */
public record PendingAction(String id, ActionRequest request, Optional<CooldownOverride> override, boolean held,
                            String requester, String channel, Long incidentId, PendingState state,
                            Instant createdAt, Instant expiresAt, Instant updatedAt, Instant startedAt,
                            String messageTs, int approvalsNeeded, List<String> approvers, String preview,
                            String result) {
    public PendingAction {
        approvers = List.copyOf(approvers);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
