package com.nexus.chatops.demo;

import java.time.Duration;
import java.util.Map;

/**
 * The two deploys each sandbox service has behind it. core-api's newest went out minutes before the page: the
 * error-rate runbook's "check recent deployments" finds it.
 */
final class DemoDeploys {
    private static final String REGISTRY = "ghcr.io/nexus/";
    private static final Map<String, String[]> VERSIONS = Map.of(
            "frontend", new String[] {"3.8.1", "3.9.0", "dashboard filters"},
            "api-gateway", new String[] {"3.6.1", "3.7.0", "Kong 3.7, rate-limit plugin"},
            "auth-service", new String[] {"1.22.0", "1.22.1", "token refresh fix"},
            "core-api", new String[] {"2.13.2", "2.14.0", "connection pool per tenant"},
            "metrics-api", new String[] {"0.31.0", "0.32.0", "p95 rollups"},
            "connector-service", new String[] {"4.2.3", "4.3.0", "Salesforce sync batching"});

    private DemoDeploys() {}

    static SandboxSeed.Deploy previous(String service) {
        String[] v = versions(service);
        return new SandboxSeed.Deploy(REGISTRY + service + ":" + v[0], service + " " + v[0] + " (CI pipeline #"
                + (4000 + Math.abs(service.hashCode() % 900)) + ")", Duration.ofDays(6).plusHours(service.length()));
    }

    static SandboxSeed.Deploy latest(String service) {
        String[] v = versions(service);
        Duration ago = service.equals("core-api") ? Duration.ofMinutes(14) : Duration.ofDays(2).plusHours(service.length());
        return new SandboxSeed.Deploy(REGISTRY + service + ":" + v[1], service + " " + v[1] + ": " + v[2], ago);
    }

    private static String[] versions(String service) {
        return VERSIONS.getOrDefault(service, new String[] {"1.0.0", "1.1.0", "routine release"});
    }
}
