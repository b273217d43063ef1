package com.nexus.chatops.guard;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PolicyRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One attempt seen through the policy: the rules that apply to its action at the incident's severity, and which
 * of them grant it to this user, here. Computed once and shared by the rules of a chain.
 */
public final class Context {
    /** A policy rule with its 1-based position in nexus.yml, so messages can point at it. */
    public record Numbered(int number, PolicyRule rule) {
        public String label() {
            return "policy rule " + number;
        }
    }

    private final Attempt attempt;
    private final NexusConfig config;
    private final Roles roles;
    private final List<Numbered> applicable = new ArrayList<>();
    private Roles.Membership membership;

    public Context(Attempt attempt, NexusConfig config, Roles roles) {
        this.attempt = attempt;
        this.config = config;
        this.roles = roles;
        List<PolicyRule> policy = config.policy();
        for (int i = 0; i < policy.size(); i++) {
            PolicyRule rule = policy.get(i);
            if (rule.covers(attempt.action()) && rule.appliesAt(attempt.severity())) {
                applicable.add(new Numbered(i + 1, rule));
            }
        }
    }

    public Attempt attempt() {
        return attempt;
    }

    public NexusConfig config() {
        return config;
    }

    /** Rules covering the action at this severity, granting or only adding conditions. */
    public List<Numbered> applicable() {
        return applicable;
    }

    /** Applicable rules that grant the action to someone. */
    public List<Numbered> granting() {
        return applicable.stream().filter(n -> !n.rule().allow().isEmpty()).toList();
    }

    public Roles.Membership membership() {
        if (membership == null) {
            Set<String> named = new LinkedHashSet<>();
            granting().forEach(n -> named.addAll(n.rule().allow()));
            membership = roles.of(attempt.actor(), named);
        }
        return membership;
    }

    /** Granting rules naming a role the user holds. */
    public List<Numbered> grantingToUser() {
        return granting().stream().filter(n -> n.rule().allow().stream().anyMatch(membership().roles()::contains))
                .toList();
    }

    /** Granting rules naming a role the user holds and covering this channel. */
    public List<Numbered> grantingHere() {
        return grantingToUser().stream().filter(this::coversHere).toList();
    }

    /** Applicable rules whose conditions (confirm, cooldown, approvals) hold in this channel. */
    public List<Numbered> conditionsHere() {
        return applicable.stream().filter(this::coversHere).toList();
    }

    private boolean coversHere(Numbered n) {
        return n.rule().where().covers(attempt.channelId(), attempt.channelName(), attempt.inIncidentChannel());
    }
}
