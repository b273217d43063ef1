package com.nexus.chatops.guard;

import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PolicyRequest;
import com.nexus.chatops.testing.RunningNexus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt as nexus.example.yml's policy sees it, for the rule tests: responders U0000000001/U0000000002 and
 * group S0000000001 (whose member is U0GROUPIE), lead U0000000003; rule 1 reads, rule 2 confirmed writes in incident
 * channels with a 120 s cooldown, rule 3 one lead's approval for a rollback at sev1.
 */
final class PolicyFixture {
    static final String RESPONDER = "U0000000001";
    static final String LEAD = "U0000000003";
    static final String GROUPIE = "U0GROUPIE";
    static final String NOBODY = "U0NOBODY1";
    static final String INCIDENT_CHANNEL = "C0INCIDENT1";
    static final String GENERAL = "C0GENERAL";
    static final NexusConfig EXAMPLE = load();

    private PolicyFixture() {
    }

    /** In the incident channel of an incident at {@code severity}, or (severity null) in #general. */
    static Context context(String actor, String severity, PolicyRequest request) {
        return context(EXAMPLE, actor, severity, request, Optional.empty());
    }

    static Context context(NexusConfig config, String actor, String severity, PolicyRequest request,
                           Optional<CooldownOverride> override) {
        boolean incident = severity != null;
        Attempt attempt = new Attempt(actor, incident ? INCIDENT_CHANNEL : GENERAL,
                incident ? "incident-20261124-001" : "general",
                incident ? Optional.of(new IncidentRef(1, severity)) : Optional.empty(), request, override, false);
        return new Context(attempt, config, new Roles(config, group -> Map.of("S0000000001", Set.of(GROUPIE))
                .getOrDefault(group, Set.of())));
    }

    /** The example's services and roles without any policy rule. */
    static NexusConfig withoutPolicy() {
        return new NexusConfig(EXAMPLE.channels(), EXAMPLE.severities(), EXAMPLE.services(), EXAMPLE.roles(),
                List.of(), EXAMPLE.pagerduty(), EXAMPLE.source());
    }

    private static NexusConfig load() {
        try {
            return ConfigLoader.load(RunningNexus.exampleConfig());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
