package com.nexus.chatops.action.aws;

import com.nexus.chatops.config.Ecs;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.Service;

/** ECS's model to nexus's records; absent counts read as 0, absent strings as "". */
final class EcsModels {
    private EcsModels() {}

    static EcsStatus status(Ecs target, Service s) {
        List<EcsDeployment> deployments = s.deployments().stream().map(EcsModels::deployment)
                .sorted(Comparator.comparing((EcsDeployment d) -> !d.primary())
                        .thenComparing(d -> d.createdAt().orElse(java.time.Instant.EPOCH), Comparator.reverseOrder()))
                .toList();
        List<EcsEvent> events = s.events().stream().filter(e -> e.createdAt() != null)
                .sorted(Comparator.comparing(software.amazon.awssdk.services.ecs.model.ServiceEvent::createdAt)
                        .reversed())
                .limit(EcsStatus.EVENTS).map(e -> new EcsEvent(e.createdAt(), text(e.message()))).toList();
        return new EcsStatus(EcsTargets.name(target.cluster()), text(s.serviceName()), text(s.status()),
                count(s.desiredCount()), count(s.runningCount()), count(s.pendingCount()),
                TaskDefinition.of(s.taskDefinition()), deployments, events);
    }

    private static EcsDeployment deployment(Deployment d) {
        return new EcsDeployment(text(d.id()), text(d.status()), TaskDefinition.of(d.taskDefinition()),
                count(d.desiredCount()), count(d.runningCount()), count(d.pendingCount()), count(d.failedTasks()),
                Optional.ofNullable(d.rolloutStateAsString()), Optional.ofNullable(d.rolloutStateReason()),
                Optional.ofNullable(d.createdAt()));
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
