package com.nexus.chatops.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * cooldown: the same action on the same service does not run again within the strictest cooldownSeconds of the
 * rules that apply here, counted from when the last run started (whatever its outcome).
 */
public final class CooldownRule implements GuardRule {
    static final String NAME = "cooldown";
    private final PendingActions pending;
    private final Clock clock;

    public CooldownRule(PendingActions pending, Clock clock) {
        this.pending = pending;
        this.clock = clock;
    }

    @Override
    public Verdict check(Context c) {
        Attempt a = c.attempt();
        Optional<Context.Numbered> strictest = c.conditionsHere().stream().filter(n -> n.rule().cooldownSeconds() > 0)
                .max(Comparator.comparingInt(n -> n.rule().cooldownSeconds()));
        if (strictest.isEmpty()) {
            return Verdict.allow(NAME, "no cooldown");
        }
        if (a.override().isPresent()) {
            return Verdict.allow(NAME, "overridden by " + a.override().get().by() + ": " + a.override().get().reason());
        }
        Duration cooldown = Duration.ofSeconds(strictest.get().rule().cooldownSeconds());
        Optional<PendingAction> last = pending.lastStarted(a.action(), a.service());
        if (last.isEmpty()) {
            return Verdict.allow(NAME, "no earlier run of " + a.action() + " on " + a.service());
        }
        Instant now = clock.instant();
        Duration since = Duration.between(last.get().startedAt(), now);
        if (since.compareTo(cooldown) >= 0) {
            return Verdict.allow(NAME, "last run " + since.toSeconds() + " s ago, cooldown " + cooldown.toSeconds() + " s");
        }
        long wait = cooldown.minus(since).toSeconds() + 1;
        return Verdict.deny(NAME, a.action() + " last ran on " + a.service() + " " + since.toSeconds()
                + " s ago (requested by " + last.get().requester() + "); " + strictest.get().label()
                + " allows it again after " + cooldown.toSeconds() + " s — wait " + wait + " s, or change that"
                + " rule's cooldownSeconds");
    }
}
