package com.nexus.chatops.config;

import java.util.List;
import java.util.Optional;

/** Reads a service's kubernetes: section, including the bounds a scale command must respect. */
final class KubernetesReader {
    static final int MAX_REPLICAS = 1000;
    private static final List<String> KEYS = List.of("namespace", "deployment", "container", "replicas");
    private static final List<String> REPLICA_KEYS = List.of("min", "max");

    private KubernetesReader() {}

    static Kubernetes read(YamlCursor at) {
        at.mapping(KEYS);
        String namespace = at.required("namespace").orElse("");
        if (!namespace.isEmpty() && !Names.matches(Names.DNS_LABEL, namespace)) {
            at.key("namespace").problem("\"" + namespace + "\" is not a Kubernetes namespace name");
        }
        String deployment = at.required("deployment").orElse("");
        if (!deployment.isEmpty() && !Names.matches(Names.DNS_SUBDOMAIN, deployment)) {
            at.key("deployment").problem("\"" + deployment + "\" is not a Kubernetes deployment name");
        }
        Optional<String> container = at.key("container").text();
        container.filter(c -> !Names.matches(Names.DNS_LABEL, c))
                .ifPresent(c -> at.key("container").problem("\"" + c + "\" is not a Kubernetes container name"));
        return new Kubernetes(namespace, deployment, container, replicas(at.key("replicas")));
    }

    private static Replicas replicas(YamlCursor at) {
        if (at.absent()) {
            return Replicas.DEFAULT;
        }
        at.mapping(REPLICA_KEYS);
        if (at.key("min").absent()) {
            at.problem("\"min\" is required");
        }
        if (at.key("max").absent()) {
            at.problem("\"max\" is required");
        }
        int min = at.key("min").integer().orElse(Replicas.DEFAULT.min());
        int max = at.key("max").integer().orElse(Math.max(min, Replicas.DEFAULT.max()));
        if (min < 0) {
            at.key("min").problem("must be 0 or more, found " + min);
        }
        if (max < min) {
            at.key("max").problem("must be at least min (" + min + "), found " + max);
        } else if (max > MAX_REPLICAS) {
            at.key("max").problem("must be at most " + MAX_REPLICAS + ", found " + max);
        }
        return new Replicas(min, max);
    }
}
