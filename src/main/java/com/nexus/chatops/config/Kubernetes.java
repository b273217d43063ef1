package com.nexus.chatops.config;

import java.util.Optional;

/** The Deployment behind a service. {@code container} picks the container for logs when the pod has several. */
public record Kubernetes(String namespace, String deployment, Optional<String> container, Replicas replicas) {}
