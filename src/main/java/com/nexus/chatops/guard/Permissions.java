package com.nexus.chatops.guard;

import com.nexus.chatops.config.PolicyRequest;
import java.util.Optional;

/**
 * "May this user run this action here?" for actions that run at once and need no confirmation (acknowledging,
 * resolving or paging in PagerDuty): the chain's who, where, what and bounds rules, nothing that holds a request.
 * A denial is audited at once; an allowed action is audited with its outcome through {@link Permission#done}.
 */
public final class Permissions {
    private final GuardChain chain;
    private final Audits audits;

    public Permissions(GuardChain chain, Audits audits) {
        this.chain = chain;
        this.audits = audits;
    }

    /**
     * @param incident the incident the action is about, if any: its severity selects the rules that apply
     */
    public Permission check(String actor, String channelId, String channelName, Optional<IncidentRef> incident,
                            PolicyRequest request) {
        Attempt attempt = new Attempt(actor, channelId, channelName, incident, request, Optional.empty(), false);
        Decision decision = chain.evaluate(attempt, false);
        if (decision.denied()) {
            audits.attempt(attempt, "deny", decision.reason(), "denied", null);
        }
        return new Permission(attempt, decision, audits);
    }
}
