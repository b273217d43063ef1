package com.nexus.chatops.guard;

import com.nexus.chatops.config.Actions;
import com.nexus.chatops.core.NexusException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Incident commands (incident.update, incident.resolve, incident.severity, incident.assign, …) under the policy:
 * open to everyone unless an applicable rule grants the action to roles; then the chain's who, where and
 * severities decide, exactly as for infrastructure actions. Every door — slash command, card control, form — asks
 * here. A denial is audited and names the rule; an allowed governed action is audited with its outcome.
 */
public final class IncidentPolicy {
    private final GuardChain chain;
    private final Audits audits;

    public IncidentPolicy(GuardChain chain, Audits audits) {
        this.chain = chain;
        this.audits = audits;
    }

    /**
     * Runs {@code work} when {@code actor} may do {@code action} here.
     *
     * @param channelId where the user acted; null (the console, a form) means the incident's own channel
     * @param incident the incident acted on; empty outside incident channels (only unrestricted rules apply)
     * @throws NexusException "Denied: …" naming the rule, before anything changed
     */
    public <T> T run(String action, String actor, String channelId, String channelName,
                     Optional<IncidentRef> incident, Supplier<T> work) {
        Attempt attempt = attempt(action, actor, channelId, channelName, incident);
        Optional<Decision> decision = decide(attempt);
        if (decision.isEmpty()) {
            return work.get();
        }
        try {
            T result = work.get();
            audits.attempt(attempt, decision.get().verdict(), decision.get().reason(), "done", null);
            return result;
        } catch (RuntimeException e) {
            audits.attempt(attempt, decision.get().verdict(), decision.get().reason(), "failed", e.getMessage());
            throw e;
        }
    }

    /**
     * Asks ahead (before showing a form) without doing anything: a denial is audited and thrown as by
     * {@link #run}; an allowed attempt is audited only when it is carried out.
     */
    public void require(String action, String actor, String channelId, String channelName,
                        Optional<IncidentRef> incident) {
        decide(attempt(action, actor, channelId, channelName, incident));
    }

    private static Attempt attempt(String action, String actor, String channelId, String channelName,
                                   Optional<IncidentRef> incident) {
        if (!Actions.isIncident(action)) {
            throw new IllegalArgumentException(action + " is not an incident action");
        }
        String who = actor == null || actor.isBlank() ? "unknown" : actor;
        return new Attempt(who, channelId, channelName, incident,
                new IncidentAction(action, incident.map(IncidentRef::id).orElse(null)), Optional.empty(), false);
    }

    /** @return empty when no rule governs the action here (open to all); the allowing decision otherwise */
    private Optional<Decision> decide(Attempt attempt) {
        if (!chain.governs(attempt)) {
            return Optional.empty();
        }
        Decision decision = chain.evaluate(attempt, false);
        if (decision.denied()) {
            audits.attempt(attempt, "deny", decision.reason(), "denied", null);
            throw new NexusException("Denied: " + decision.denial().orElseThrow().reason() + ". Nothing was changed.");
        }
        return Optional.of(decision);
    }
}
