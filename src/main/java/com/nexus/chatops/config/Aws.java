package com.nexus.chatops.config;

import java.util.Optional;

/**
 * The AWS resources of a service. {@code region} overrides AWS_REGION and the profile's region for them;
 * {@code alarmPrefix} picks the service's CloudWatch alarms by name (the service's name when left out).
 * After validation at least one of ecs, rds and alarmPrefix is present.
 */
public record Aws(Optional<Ecs> ecs, Optional<Rds> rds, Optional<String> region, Optional<String> alarmPrefix) {}
