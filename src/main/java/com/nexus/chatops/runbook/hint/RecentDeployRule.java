package com.nexus.chatops.runbook.hint;

import com.nexus.chatops.runbook.Signal;
import java.time.Duration;
import java.util.Optional;

/**
 * "If recent deployment: Rollback" (seed 000 §4.2, seed 001 §2.2): the current rollout happened within the window
 * before the incident started. A rollout after the start is not a suspect: it is more likely someone's fix.
 */
final class RecentDeployRule implements Rule {
    @Override
    public Signal signal() {
        return Signal.RECENT_DEPLOY;
    }

    @Override
    public Optional<Hint> evaluate(Facts facts, HintSettings settings) {
        return facts.current().flatMap(current -> {
            Duration before = Duration.between(current.at(), facts.incidentStarted());
            boolean inWindow = !before.isNegative() && before.compareTo(settings.deployWindow()) <= 0;
            return inWindow ? Optional.of(new Hint.RecentRollout(current, before, facts.previous())) : Optional.empty();
        });
    }
}
