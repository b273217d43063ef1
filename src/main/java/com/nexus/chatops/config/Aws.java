package com.nexus.chatops.config;

import java.util.Optional;

/** The AWS resources of a service; at least one of the two is present after validation. */
public record Aws(Optional<Ecs> ecs, Optional<Rds> rds) {}
