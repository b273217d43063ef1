package com.nexus.chatops.config;

import java.util.List;
import java.util.Set;

/**
 * One entry of policy:. Empty {@code allow} means the rule grants nothing and only adds conditions (confirmation,
 * place, cooldown, approvals) to actions other rules allow; empty {@code severities} means every severity.
 */
public record PolicyRule(List<String> actions, List<String> allow, boolean confirm, Where where,
                         int cooldownSeconds, List<String> severities, int approvals, List<String> approvers) {
    public PolicyRule {
        actions = List.copyOf(actions);
        allow = List.copyOf(allow);
        severities = List.copyOf(severities);
        approvers = List.copyOf(approvers);
    }

    /** The action names this rule covers, group names (k8s.read, aws.read) replaced by their members. */
    public Set<String> expandedActions() {
        return Actions.expand(actions);
    }

    public boolean covers(String action) {
        return expandedActions().contains(action);
    }

    /** Whether the rule applies at the given canonical severity; outside incidents (null) only if unrestricted. */
    /** @param severity the incident's severity, or null outside an incident: then only unrestricted rules apply */
    public boolean appliesAt(String severity) {
        return severities.isEmpty() || (severity != null && severities.contains(severity));
    }
}
