package com.nexus.chatops.config;

/** An ECS service, addressed the way aws ecs update-service --cluster … --service … does. */
public record Ecs(String cluster, String service) {}
