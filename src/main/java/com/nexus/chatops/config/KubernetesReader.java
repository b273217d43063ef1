package com.nexus.chatops.config;

import java.util.List;
import java.util.Optional;

/** Reads a service's kubernetes: section, including the bounds a scale command must respect. */
final class KubernetesReader {
    private static final List<String> KEYS = List.of("namespace", "deployment", "container", "replicas");

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
        return new Kubernetes(namespace, deployment, container, Bounds.read(at.key("replicas")));
    }
}
