package com.nexus.chatops.action.k8s;

import com.nexus.chatops.action.Workloads;
import com.nexus.chatops.config.Kubernetes;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A deployment as the decision hints need it, from one read of the Deployment, its ReplicaSets (as the rollout
 * history reads them) and its pods: the current revision and the one before, replicas, restarts and why the
 * containers last stopped.
 */
final class WorkloadReader {
    private WorkloadReader() {}

    static Workloads.State read(KubernetesClient client, Kubernetes target) {
        Deployment deployment = Owned.deployment(client, target);
        List<ReplicaSet> owned = Owned.replicaSets(client, target, deployment);
        int current = Revisions.current(deployment, owned);
        List<Revision> revisions = owned.stream().map(rs -> Revisions.of(rs, current)).toList();
        Optional<Workloads.Rollout> now = revisions.stream().filter(Revision::current).findFirst()
                .flatMap(WorkloadReader::rollout);
        Optional<Workloads.Rollout> before = revisions.stream().filter(r -> r.number() < current)
                .max(Comparator.comparingInt(Revision::number)).flatMap(WorkloadReader::rollout);
        int desired = deployment.getSpec() == null || deployment.getSpec().getReplicas() == null ? 0
                : deployment.getSpec().getReplicas();
        int ready = deployment.getStatus() == null || deployment.getStatus().getReadyReplicas() == null ? 0
                : deployment.getStatus().getReadyReplicas();
        List<Workloads.Pod> pods = Owned.pods(client, target, deployment).stream().map(WorkloadReader::pod).toList();
        return new Workloads.State(target.deployment(), desired, ready, now, before, pods);
    }

    private static Optional<Workloads.Rollout> rollout(Revision r) {
        return r.createdAt().map(at -> new Workloads.Rollout(Integer.toString(r.number()), at, r.changeCause()));
    }

    private static Workloads.Pod pod(Pod pod) {
        List<ContainerStatus> statuses = Pods.statuses(pod);
        boolean ready = !statuses.isEmpty() && statuses.stream().allMatch(s -> Boolean.TRUE.equals(s.getReady()));
        int restarts = statuses.stream().mapToInt(s -> s.getRestartCount() == null ? 0 : s.getRestartCount()).sum();
        Optional<ContainerStateTerminated> last = statuses.stream()
                .map(s -> s.getLastState() == null ? null : s.getLastState().getTerminated())
                .filter(t -> t != null)
                .max(Comparator.comparing(t -> finished(t).orElse(Instant.EPOCH)));
        return new Workloads.Pod(pod.getMetadata().getName(), ready, restarts,
                last.map(ContainerStateTerminated::getReason), last.flatMap(WorkloadReader::finished));
    }

    private static Optional<Instant> finished(ContainerStateTerminated t) {
        return Times.parse(t.getFinishedAt());
    }
}
