package com.nexus.chatops.action.aws;

/**
 * What `ecs redeploy` would do: start a new deployment of the service's current task definition, replacing its
 * tasks; {@code request} is the call a confirmation sends.
 */
public record RedeployPreview(String cluster, String service, TaskDefinition taskDefinition, int desired,
                              int running, int pending, PlannedCall request) {}
