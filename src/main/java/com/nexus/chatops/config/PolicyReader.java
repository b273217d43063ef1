package com.nexus.chatops.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads policy:, checking every name it uses against the actions, roles and severities that exist. */
final class PolicyReader {
    private static final List<String> KEYS = List.of("actions", "allow", "confirm", "where", "cooldownSeconds",
            "severities", "approvals", "approvers");

    private final Map<String, String> severityWords;
    private final List<String> severityNames;
    private final List<String> roleNames;

    private PolicyReader(Map<String, Severity> severities, Map<String, Role> roles) {
        this.severityNames = List.copyOf(severities.keySet());
        this.severityWords = new NexusConfig(Channels.defaults(), severities, Map.of(), Map.of(), List.of(), null)
                .severityWords();
        this.roleNames = List.copyOf(roles.keySet());
    }

    static List<PolicyRule> read(YamlCursor at, Map<String, Severity> severities, Map<String, Role> roles) {
        PolicyReader reader = new PolicyReader(severities, roles);
        List<PolicyRule> rules = new ArrayList<>();
        at.sequence().forEach(item -> rules.add(reader.rule(item)));
        return rules;
    }

    private PolicyRule rule(YamlCursor at) {
        at.mapping(KEYS);
        List<String> actions = actions(at);
        List<String> allow = roles(at.key("allow"));
        boolean confirm = at.key("confirm").bool().orElse(false);
        Where where = WhereReader.read(at.key("where"));
        int cooldown = at.key("cooldownSeconds").integer().orElse(0);
        if (cooldown < 0) {
            at.key("cooldownSeconds").problem("must be 0 or more, found " + cooldown);
        }
        List<String> severities = severities(at.key("severities"));
        int approvals = at.key("approvals").integer().orElse(0);
        List<String> approvers = roles(at.key("approvers"));
        if (approvals < 0) {
            at.key("approvals").problem("must be 0 or more, found " + approvals);
        } else if (approvals > 0 && approvers.isEmpty()) {
            at.problem("\"approvals\" is " + approvals + " but no \"approvers\" are named; say which roles may"
                    + " approve, e.g. approvers: [leads]");
        }
        PolicyRule rule = new PolicyRule(actions, allow, confirm, where, Math.max(cooldown, 0), severities,
                Math.max(approvals, 0), approvers);
        checkDeclareStaysOpen(at, rule);
        return rule;
    }

    private static List<String> actions(YamlCursor at) {
        YamlCursor actionsAt = at.key("actions");
        if (actionsAt.absent()) {
            at.problem("\"actions\" is required, e.g. actions: [k8s.rollback]");
        }
        List<String> actions = new ArrayList<>();
        List<String> known = List.copyOf(Actions.names());
        for (YamlCursor item : actionsAt.sequence()) {
            item.text().ifPresent(action -> {
                if (!Actions.isKnown(action)) {
                    item.problem("unknown action \"" + action + "\"" + Hints.hint(action, known));
                }
                actions.add(action);
            });
        }
        return actions;
    }

    private List<String> roles(YamlCursor at) {
        List<String> roles = new ArrayList<>();
        for (YamlCursor item : at.sequence()) {
            item.text().ifPresent(role -> {
                if (!roleNames.contains(role)) {
                    item.problem("unknown role \"" + role + "\"" + (roleNames.isEmpty()
                            ? " (no roles are defined under roles:)" : Hints.hint(role, roleNames)));
                }
                roles.add(role);
            });
        }
        return roles;
    }

    /** Severities are stored by canonical name, so a rule written with "p1" matches an incident at sev1. */
    private List<String> severities(YamlCursor at) {
        List<String> severities = new ArrayList<>();
        for (YamlCursor item : at.sequence()) {
            item.text().ifPresent(word -> {
                String canonical = severityWords.get(word.toLowerCase(Locale.ROOT));
                if (canonical == null) {
                    item.problem("unknown severity \"" + word + "\" (known: " + String.join(", ", severityNames) + ")");
                } else if (!severities.contains(canonical)) {
                    severities.add(canonical);
                }
            });
        }
        return severities;
    }

    /** Declaring must never be blocked by configuration: an outage is the worst time to discover a policy. */
    private static void checkDeclareStaysOpen(YamlCursor at, PolicyRule rule) {
        if (!rule.covers(Actions.DECLARE)) {
            return;
        }
        List<String> limits = new ArrayList<>();
        if (!rule.allow().isEmpty()) {
            limits.add("allow");
        }
        if (rule.where().scope() != Where.Scope.ANY) {
            limits.add("where");
        }
        if (rule.cooldownSeconds() > 0) {
            limits.add("cooldownSeconds");
        }
        if (rule.approvals() > 0) {
            limits.add("approvals");
        }
        if (!limits.isEmpty()) {
            at.problem("limits \"" + Actions.DECLARE + "\" with " + String.join(", ", limits) + "; declaring an"
                    + " incident must stay open to everyone, everywhere, so move it to a rule without these");
        }
    }
}
