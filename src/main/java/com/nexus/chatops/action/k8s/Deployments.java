package com.nexus.chatops.action.k8s;

import com.nexus.chatops.action.ActionRequest.RevisionPin;
import com.nexus.chatops.action.Workloads;
import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Kubernetes actions nexus offers on a service's deployment. Every failure is a NexusException whose message
 * can be shown as it is; no fabric8 type appears in a signature, so callers never import fabric8.
 * Reads may be retried by the client (they change nothing); writes never are: a retried write after a lost
 * answer could act twice or on a deployment someone has changed since, so a failed write is reported instead.
 */
public final class Deployments implements AutoCloseable {
    static final int REQUEST_TIMEOUT_MS = 10_000;
    private final KubernetesClient reads;
    private final KubernetesClient writes;
    private final Clock clock;
    private final RolloutWatcher watcher;
    private final boolean owned;

    /** For tests against fabric8's mock server; everything else goes through {@link #connect()}. */
    Deployments(KubernetesClient client) {
        this(client, client, Clock.systemUTC(), Duration.ofSeconds(2), false);
    }

    Deployments(KubernetesClient reads, KubernetesClient writes, Clock clock, Duration pollInterval, boolean owned) {
        this.reads = reads;
        this.writes = writes;
        this.clock = clock;
        this.watcher = new RolloutWatcher(reads, pollInterval);
        this.owned = owned;
    }

    /** Over a client someone else owns (the demo's sandbox cluster); rollouts are polled every {@code poll}. */
    public static Deployments over(KubernetesClient client, Duration poll) {
        return new Deployments(client, client, Clock.systemUTC(), poll, false);
    }

    /** Uses fabric8's auto-configuration: KUBECONFIG or ~/.kube/config, else the in-cluster service account. */
    public static Deployments connect() {
        try {
            Config config = new ConfigBuilder().withRequestTimeout(REQUEST_TIMEOUT_MS).withConnectionTimeout(5_000)
                    .withRequestRetryBackoffLimit(2).build();
            KubernetesClient reads = new KubernetesClientBuilder().withConfig(config).build();
            KubernetesClient writes = new KubernetesClientBuilder()
                    .withConfig(new ConfigBuilder(config).withRequestRetryBackoffLimit(0).build()).build();
            return new Deployments(reads, writes, Clock.systemUTC(), Duration.ofSeconds(2), true);
        } catch (KubernetesClientException e) {
            throw new NexusException("nexus could not set up its Kubernetes client: check the kubeconfig or the"
                    + " in-cluster service account", e);
        }
    }

    public List<PodRow> pods(Kubernetes target) {
        return Pods.list(reads, target, clock);
    }

    /** The newest running pod's log (--previous: the most restarted pod's), bounded as {@link LogTail} says. */
    public LogTail logs(Kubernetes target, boolean previous, int tail, Optional<String> container) {
        return Logs.tail(reads, target, previous, tail, container);
    }

    public List<EventRow> events(Kubernetes target) {
        return Events.list(reads, target);
    }

    /** Oldest revision first, as `kubectl rollout history` lists them. */
    public List<Revision> history(Kubernetes target) {
        return Revisions.history(reads, target);
    }

    /** The deployment's current and previous revision, replicas and pods, for the runbooks' decision hints. */
    public Workloads.State workload(Kubernetes target) {
        return WorkloadReader.read(reads, target);
    }

    /** Without a revision: the highest revision below the current one. */
    public RollbackPreview previewRollback(Kubernetes target, Optional<Integer> toRevision) {
        return Rollbacks.plan(reads, target, toRevision, clock).preview();
    }

    public RolloutResult rollback(Kubernetes target, Optional<Integer> toRevision, boolean dryRun) {
        return Rollbacks.execute(writes, target, Rollbacks.plan(reads, target, toRevision, clock), dryRun);
    }

    /**
     * Rolls back to exactly what a responder confirmed, reading the deployment and its ReplicaSets once: refused
     * if the current revision is no longer the one the preview showed (someone deployed since). Between this read
     * and the write, the pinned resourceVersion makes the API server refuse a changed deployment.
     */
    public RolloutResult rollback(Kubernetes target, RevisionPin confirmed, boolean dryRun) {
        Rollbacks.Plan plan = Rollbacks.plan(reads, target, Optional.of(confirmed.to()), clock);
        int current = plan.preview().current().number();
        if (current != confirmed.from()) {
            throw new NexusException(target.deployment() + " changed since the preview (revision " + current
                    + " is current, the preview showed " + confirmed.from() + "); nothing was rolled back, run"
                    + " rollback again for a new preview");
        }
        return Rollbacks.execute(writes, target, plan, dryRun);
    }

    public ScalePreview previewScale(Kubernetes target, int replicas) {
        return Scaling.preview(reads, target, replicas);
    }

    public RolloutResult scale(Kubernetes target, int replicas, boolean dryRun) {
        return Scaling.scale(writes, target, replicas, dryRun);
    }

    public RestartPreview previewRestart(Kubernetes target) {
        return Restarts.preview(reads, target);
    }

    public RolloutResult restart(Kubernetes target, boolean dryRun) {
        return Restarts.restart(writes, target, dryRun, clock);
    }

    public RolloutStatus status(Kubernetes target) {
        return watcher.status(target);
    }

    /** Polls until the rollout completes or fails, or the deadline passes (then the result is marked stuck). */
    public RolloutStatus awaitRollout(Kubernetes target, Duration deadline, Consumer<RolloutStatus> onProgress) {
        return watcher.await(target, deadline, onProgress);
    }

    /** Closes the clients {@link #connect()} made; a client handed in belongs to whoever made it. */
    @Override
    public void close() {
        if (owned) {
            reads.close();
            writes.close();
        }
    }
}
