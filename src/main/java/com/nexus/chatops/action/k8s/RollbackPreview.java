package com.nexus.chatops.action.k8s;

import com.nexus.chatops.action.ActionRequest.RevisionPin;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a rollback would do: the current revision (how long ago it was created and, if its change-cause says, by
 * whom) and the revision whose pod template would be restored. Available lists every revision still kept.
 */
public record RollbackPreview(String namespace, String deployment, Revision current, Revision target,
        Optional<Duration> currentAge, List<Integer> available) {
    public RollbackPreview {
        available = List.copyOf(available);
    }

    /** What a confirmation of this preview pins: the current revision and the target. */
    public RevisionPin pin() {
        return new RevisionPin(current.number(), target.number());
    }
}
