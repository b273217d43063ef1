package com.nexus.chatops.config;

/**
 * An ECS service, addressed the way aws ecs update-service --cluster … --service … does; {@code count} bounds
 * the desired count `ecs scale` may set.
 */
public record Ecs(String cluster, String service, Replicas count) {}
