package com.nexus.chatops.action.k8s;

import com.nexus.chatops.action.k8s.K8sErrors.Op;
import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import io.fabric8.kubernetes.client.dsl.Loggable;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One pod's log per request, not every pod's: for current logs the newest running pod (the one a rollout just
 * made, usually the one misbehaving), for --previous the pod that restarted most (the one with a crash to show).
 * The other pods are named so a responder can tell the reply is about one of several.
 */
final class Logs {
    static final int DEFAULT_TAIL = 100;

    private Logs() {}

    static LogTail tail(KubernetesClient client, Kubernetes target, boolean previous, int tail,
            Optional<String> container) {
        List<Pod> pods = Owned.pods(client, target, Owned.deployment(client, target));
        if (pods.isEmpty()) {
            throw new NexusException(Owned.subject(target) + " has no pods in " + target.namespace()
                    + " (scaled to 0, or none created yet): there is no log to read");
        }
        Pod pod = choose(pods, previous);
        String name = pod.getMetadata().getName();
        String chosen = container(pod, container.or(target::container));
        int lines = Math.min(tail <= 0 ? DEFAULT_TAIL : tail, LogTail.MAX_LINES);
        Op op = new Op("get", "pods/log", target.namespace(), "pod " + name);
        LogText.Read read = K8sErrors.call(op, () -> {
            ContainerResource resource = client.pods().inNamespace(target.namespace()).withName(name)
                    .inContainer(chosen);
            Loggable log = previous ? resource.terminated().tailingLines(lines) : resource.tailingLines(lines);
            try (Reader reader = log.getLogReader()) {
                return LogText.read(reader, LogTail.MAX_READ_CHARS);
            } catch (IOException e) {
                throw new KubernetesClientException("reading the log of " + name + " failed", e);
            }
        });
        List<String> others = pods.stream().map(p -> p.getMetadata().getName()).filter(n -> !n.equals(name))
                .sorted().toList();
        return LogText.shape(name, chosen, previous, others, read, lines, tail);
    }

    static Pod choose(List<Pod> pods, boolean previous) {
        Comparator<Pod> newest = Comparator.comparing(p -> Times.parse(p.getMetadata().getCreationTimestamp())
                .orElse(Instant.EPOCH));
        Comparator<Pod> order = previous
                ? Comparator.comparingInt(Logs::restarts).thenComparing(newest)
                : Comparator.comparing((Pod p) -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()))
                        .thenComparing(newest);
        return pods.stream().max(order).orElseThrow();
    }

    private static int restarts(Pod pod) {
        return Pods.statuses(pod).stream().mapToInt(s -> s.getRestartCount() == null ? 0 : s.getRestartCount()).sum();
    }

    private static String container(Pod pod, Optional<String> wanted) {
        List<String> names = pod.getSpec() == null || pod.getSpec().getContainers() == null ? List.of()
                : pod.getSpec().getContainers().stream().map(Container::getName).toList();
        if (names.isEmpty()) {
            throw new NexusException("Pod " + pod.getMetadata().getName() + " lists no containers to read logs from");
        }
        if (wanted.isPresent() && !names.contains(wanted.get())) {
            throw new NexusException("Pod " + pod.getMetadata().getName() + " has no container \"" + wanted.get()
                    + "\"; its containers: " + String.join(", ", names));
        }
        return wanted.orElse(names.get(0));
    }
}
