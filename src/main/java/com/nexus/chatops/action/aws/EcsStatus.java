package com.nexus.chatops.action.aws;

import java.util.List;
import java.util.Optional;

/**
 * An ECS service as `aws ecs describe-services` shows it: status, counts, deployments (primary first) and the
 * latest events (newest first, at most {@link #EVENTS}).
 */
public record EcsStatus(String cluster, String service, String status, int desired, int running, int pending,
                        TaskDefinition taskDefinition, List<EcsDeployment> deployments, List<EcsEvent> events) {
    public static final int EVENTS = 5;

    public EcsStatus {
        deployments = List.copyOf(deployments);
        events = List.copyOf(events);
    }

    /** The rule of the SDK's servicesStable waiter: one deployment left and every desired task running. */
    public boolean stable() {
        return deployments.size() == 1 && running == desired;
    }

    public Optional<EcsDeployment> primary() {
        return deployments.stream().filter(EcsDeployment::primary).findFirst();
    }
}
