package com.nexus.chatops.action.k8s;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.Capability;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.action.Workloads;
import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.core.NexusException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kubernetes commands as guarded actions over {@link Deployments}; the client is made on first use, and
 * whether a cluster is configured at all (kubeconfig or in-cluster account) is looked up once, on first use too.
 */
public final class KubernetesActions implements ActionCatalog, Workloads {
    private static final Logger LOG = LoggerFactory.getLogger(KubernetesActions.class);
    private final NexusConfig config;
    private final Supplier<Deployments> deployments;
    private final Supplier<Capability> cluster;
    private Deployments connected;
    private Capability detected;

    /** For a client handed in (a test's mock server): the cluster counts as configured. */
    public KubernetesActions(NexusConfig config, Supplier<Deployments> deployments) {
        this(config, deployments, () -> new Capability(KubernetesSetup.NAME, true, "a client handed in"));
    }

    /** @param cluster whether fabric8 finds a cluster here, e.g. {@link KubernetesSetup#detect()} */
    public KubernetesActions(NexusConfig config, Supplier<Deployments> deployments, Supplier<Capability> cluster) {
        this.config = config;
        this.deployments = deployments;
        this.cluster = cluster;
    }

    private synchronized Capability cluster() {
        if (detected == null) {
            detected = cluster.get();
        }
        return detected;
    }

    /** An unknown service first, then one without a kubernetes section, then no cluster configured here. */
    @Override
    public Optional<String> unavailable(ActionRequest r) {
        if (config.service(r.service()).isEmpty()) {
            return Optional.of(config.services().isEmpty()
                    ? "Unknown service `" + r.service() + "`: nexus.yml describes no services here"
                    + " (copy nexus.example.yml to nexus.yml and list yours under services:)."
                    : "Unknown service `" + r.service() + "`: nexus.yml has no service of that name.");
        }
        if (config.service(r.service()).flatMap(s -> s.kubernetes()).isEmpty()) {
            return Optional.of("`" + r.service() + "` runs on no Kubernetes deployment that nexus knows of:"
                    + " nexus.yml has no services." + r.service() + ".kubernetes section.");
        }
        Capability c = cluster();
        return c.available() ? Optional.empty() : Optional.of("Kubernetes is not configured here: " + c.detail()
                + " — set KUBECONFIG to a kubeconfig file, or run nexus in the cluster with a service account.");
    }

    private synchronized Deployments k8s() {
        if (connected == null) {
            connected = deployments.get();
        }
        return connected;
    }

    /** Empty for a service without a Kubernetes deployment, or when the cluster could not be read. */
    @Override
    public Optional<Workloads.State> read(String service) {
        Optional<Kubernetes> target = config.service(service).flatMap(s -> s.kubernetes());
        try {
            return target.map(t -> k8s().workload(t));
        } catch (RuntimeException e) {
            LOG.warn("could not read {} for the runbook hints: {}", service, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public PlannedAction plan(ActionRequest r) {
        if (!(r instanceof ActionRequest.OnKubernetes)) {
            throw new NexusException(r.action() + " is not a Kubernetes action");
        }
        Kubernetes target = config.service(r.service()).flatMap(s -> s.kubernetes()).orElseThrow(() ->
                new NexusException(r.service() + " has no Kubernetes deployment in nexus.yml"));
        return new PlannedAction() {
            public Preview preview() {
                return KubernetesActions.this.preview(target, r);
            }

            public ActionResult execute(boolean dryRun) {
                return KubernetesActions.this.execute(target, r, dryRun);
            }

            public Optional<String> follow(Duration deadline, Consumer<String> onProgress) {
                return Optional.of(KubernetesText.rollout(k8s().awaitRollout(target, deadline,
                        s -> onProgress.accept(KubernetesText.rollout(s)))));
            }
        };
    }

    /** A rollback's preview pins the revisions it showed; the confirmed rollback then does exactly that. */
    private Preview preview(Kubernetes target, ActionRequest r) {
        if (r instanceof ActionRequest.Rollback rollback) {
            RollbackPreview p = k8s().previewRollback(target, rollback.toRevision());
            return new Preview(KubernetesText.rollback(p), rollback.pinning(p.pin()));
        }
        if (r instanceof ActionRequest.Scale scale) {
            ScalePreview p = k8s().previewScale(target, scale.replicas());
            return Preview.of("Replicas " + p.from() + " → " + p.to() + " (bounds " + p.bounds().min() + "–"
                    + p.bounds().max() + ")", r);
        }
        if (r instanceof ActionRequest.Restart) {
            return Preview.of("Pods to be replaced, one by one: "
                    + String.join(", ", k8s().previewRestart(target).pods()), r);
        }
        return Preview.of(r.action(), r);
    }

    private ActionResult execute(Kubernetes target, ActionRequest r, boolean dryRun) {
        if (r instanceof ActionRequest.Pods) {
            return inline("pods", KubernetesText.pods(k8s().pods(target)));
        }
        if (r instanceof ActionRequest.Events) {
            return inline("events", KubernetesText.events(k8s().events(target)));
        }
        if (r instanceof ActionRequest.History) {
            return inline("history", KubernetesText.history(k8s().history(target)));
        }
        if (r instanceof ActionRequest.Logs logs) {
            return logs(k8s().logs(target, logs.previous(), logs.tail(), logs.container()));
        }
        if (r instanceof ActionRequest.Rollback rollback) {
            return ActionResult.of(rollback.pinned().map(pin -> k8s().rollback(target, pin, dryRun))
                    .orElseGet(() -> k8s().rollback(target, rollback.toRevision(), dryRun)).summary());
        }
        if (r instanceof ActionRequest.Scale scale) {
            return ActionResult.of(k8s().scale(target, scale.replicas(), dryRun).summary());
        }
        if (r instanceof ActionRequest.Restart) {
            return ActionResult.of(k8s().restart(target, dryRun).summary());
        }
        throw new NexusException(r.action() + " is not a Kubernetes action");
    }

    private static ActionResult inline(String what, String text) {
        if (text.length() <= KubernetesText.MAX_INLINE) {
            return ActionResult.of(KubernetesText.block(text));
        }
        return new ActionResult("The " + what + " output is long; it is attached as a snippet.",
                Optional.of(new ActionResult.Snippet(what + ".txt", what, text)));
    }

    private static ActionResult logs(LogTail tail) {
        String head = "Logs of " + tail.pod() + " (" + tail.container() + (tail.previous() ? ", previous" : "") + "), "
                + tail.lines() + " lines" + tail.truncation().map(t -> " — " + t).orElse("");
        if (tail.text().length() <= KubernetesText.MAX_INLINE - head.length() - 10) {
            return ActionResult.of(head + "\n" + KubernetesText.block(tail.text()));
        }
        return new ActionResult(head + "; attached as a snippet.",
                Optional.of(new ActionResult.Snippet(tail.pod() + ".log", head, tail.text())));
    }
}
