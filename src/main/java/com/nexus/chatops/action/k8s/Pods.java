package com.nexus.chatops.action.k8s;

import com.nexus.chatops.config.Kubernetes;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The `kubectl get pods` view of a deployment's pods, with kubectl's choice of the most telling status. */
final class Pods {
    private Pods() {}

    static List<PodRow> list(KubernetesClient client, Kubernetes target, Clock clock) {
        return rows(Owned.pods(client, target, Owned.deployment(client, target)), clock);
    }

    static List<PodRow> rows(List<Pod> pods, Clock clock) {
        return pods.stream().sorted(Comparator.comparing(p -> p.getMetadata().getName()))
                .map(p -> row(p, clock)).toList();
    }

    static PodRow row(Pod pod, Clock clock) {
        List<ContainerStatus> statuses = statuses(pod);
        int total = pod.getSpec() == null || pod.getSpec().getContainers() == null ? statuses.size()
                : pod.getSpec().getContainers().size();
        long ready = statuses.stream().filter(s -> Boolean.TRUE.equals(s.getReady())).count();
        int restarts = statuses.stream().mapToInt(s -> s.getRestartCount() == null ? 0 : s.getRestartCount()).sum();
        String node = pod.getSpec() == null || pod.getSpec().getNodeName() == null ? "<none>"
                : pod.getSpec().getNodeName();
        return new PodRow(pod.getMetadata().getName(), ready + "/" + total, status(pod), restarts,
                Times.age(Times.parse(pod.getMetadata().getCreationTimestamp()), clock), node);
    }

    static String status(Pod pod) {
        if (pod.getMetadata().getDeletionTimestamp() != null) {
            return "Terminating";
        }
        Optional<String> init = pod.getStatus() == null || pod.getStatus().getInitContainerStatuses() == null
                ? Optional.empty()
                : pod.getStatus().getInitContainerStatuses().stream().map(s -> reason(s.getState()))
                        .flatMap(Optional::stream).filter(r -> !"Completed".equals(r)).findFirst();
        if (init.isPresent()) {
            return "Init:" + init.get();
        }
        Optional<String> container = statuses(pod).stream().map(s -> reason(s.getState())).flatMap(Optional::stream)
                .reduce((a, b) -> b);
        if (container.isPresent()) {
            return container.get();
        }
        if (pod.getStatus() == null) {
            return "Unknown";
        }
        return Optional.ofNullable(pod.getStatus().getReason())
                .orElse(Optional.ofNullable(pod.getStatus().getPhase()).orElse("Unknown"));
    }

    static List<ContainerStatus> statuses(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null ? List.of()
                : pod.getStatus().getContainerStatuses();
    }

    private static Optional<String> reason(ContainerState state) {
        if (state == null) {
            return Optional.empty();
        }
        if (state.getWaiting() != null && state.getWaiting().getReason() != null) {
            return Optional.of(state.getWaiting().getReason());
        }
        if (state.getTerminated() != null) {
            return Optional.of(Optional.ofNullable(state.getTerminated().getReason()).orElse("Terminated"));
        }
        return Optional.empty();
    }
}
