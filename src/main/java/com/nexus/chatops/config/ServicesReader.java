package com.nexus.chatops.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads services:, the names responders type after a command. */
final class ServicesReader {
    private static final List<String> KEYS = List.of("kubernetes", "pagerduty", "aws", "runbooks");
    private static final List<String> PAGERDUTY_KEYS = List.of("serviceId", "routingKey");
    private static final java.util.regex.Pattern ROUTING_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9]{32}");

    private ServicesReader() {}

    static Map<String, Service> read(YamlCursor at) {
        Map<String, Service> services = new LinkedHashMap<>();
        at.entries().forEach((name, entry) -> services.put(name, service(name, entry)));
        return services;
    }

    private static Service service(String name, YamlCursor at) {
        if (!Names.matches(Names.DNS_LABEL, name)) {
            at.problem("\"" + name + "\" is not a usable service name; use lowercase letters, digits and '-',"
                    + " at most 63 characters, e.g. core-api");
        }
        at.mapping(KEYS);
        Optional<Kubernetes> kubernetes = at.key("kubernetes").absent()
                ? Optional.empty() : Optional.of(KubernetesReader.read(at.key("kubernetes")));
        Optional<PagerDutyRef> pagerduty = at.key("pagerduty").absent()
                ? Optional.empty() : Optional.of(pagerduty(at.key("pagerduty")));
        Optional<Aws> aws = at.key("aws").absent() ? Optional.empty() : Optional.of(AwsReader.read(at.key("aws")));
        if (kubernetes.isEmpty() && pagerduty.isEmpty() && aws.isEmpty()) {
            at.problem("names no kubernetes, aws or pagerduty section, so nexus would have nothing to act on");
        }
        return new Service(name, kubernetes, pagerduty, aws, runbooks(at.key("runbooks")));
    }

    private static PagerDutyRef pagerduty(YamlCursor at) {
        at.mapping(PAGERDUTY_KEYS);
        String id = at.required("serviceId").orElse("");
        if (!id.isEmpty() && !Names.matches(Names.PAGERDUTY_ID, id)) {
            at.key("serviceId").problem("\"" + id + "\" does not look like a PagerDuty service id (e.g. PABC123)");
        }
        Optional<String> routingKey = at.key("routingKey").text();
        routingKey.filter(k -> !Names.matches(ROUTING_KEY, k)).ifPresent(k -> at.key("routingKey")
                .problem("is not an Events API v2 integration key (32 letters and digits, from the service's"
                        + " Events API v2 integration)"));
        return new PagerDutyRef(id, routingKey);
    }

    private static List<String> runbooks(YamlCursor at) {
        List<String> runbooks = new ArrayList<>();
        for (YamlCursor item : at.sequence()) {
            item.text().ifPresent(name -> {
                if (!Names.matches(Names.RUNBOOK, name)) {
                    item.problem("\"" + name + "\" is not a runbook name; use lowercase words joined by '-'");
                }
                runbooks.add(name);
            });
        }
        return runbooks;
    }
}
