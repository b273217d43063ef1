package com.nexus.chatops.action.k8s;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.config.NexusConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.action.GuardedAction;
import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.ActionRequest;

/** The Kubernetes commands as guarded actions over {@link Deployments}; the client is made on first use. */
public final class KubernetesActions implements ActionCatalog {
    private final NexusConfig config;
    private final Supplier<Deployments> deployments;
    private Deployments connected;

    public KubernetesActions(NexusConfig config, Supplier<Deployments> deployments) {
        this.config = config;
        this.deployments = deployments;
    }

    private synchronized Deployments k8s() {
        if (connected == null) {
            connected = deployments.get();
        }
        return connected;
    }

    @Override
    public GuardedAction plan(ActionRequest r) {
        Kubernetes target = config.service(r.service()).flatMap(s -> s.kubernetes()).orElseThrow(() ->
                new NexusException(r.service() + " has no Kubernetes deployment in nexus.yml"));
        return new GuardedAction() {
            public ActionRequest request() {
                return r;
            }

            public boolean writes() {
                return r.action().equals("k8s.rollback") || r.action().equals("k8s.restart") || r.action().equals("k8s.scale");
            }

            public Preview preview() {
                return switch (r.action()) {
                    case "k8s.rollback" -> {
                        RollbackPreview p = k8s().previewRollback(target, revision(r, "toRevision"));
                        yield new Preview(KubernetesText.rollback(p), Map.of("fromRevision",
                                Integer.toString(p.current().number()), "toRevision", Integer.toString(p.target().number())));
                    }
                    case "k8s.scale" -> {
                        var p = k8s().previewScale(target, replicas(r));
                        yield Preview.of("Replicas " + p.from() + " → " + p.to() + " (bounds " + p.bounds().min() + "–"
                                + p.bounds().max() + ")");
                    }
                    case "k8s.restart" -> Preview.of("Pods to be replaced, one by one: "
                            + String.join(", ", k8s().previewRestart(target).pods()));
                    default -> Preview.of(r.action());
                };
            }

            public ActionResult execute(boolean dryRun) {
                return switch (r.action()) {
                    case "k8s.pods" -> inline("pods", KubernetesText.pods(k8s().pods(target)));
                    case "k8s.events" -> inline("events", KubernetesText.events(k8s().events(target)));
                    case "k8s.history" -> inline("history", KubernetesText.history(k8s().history(target)));
                    case "k8s.logs" -> logs(k8s().logs(target, r.param("previous").isPresent(),
                            Integer.parseInt(r.param("tail").orElse("100")), r.param("container")));
                    case "k8s.rollback" -> ActionResult.of(k8s().rollback(target, confirmed(target, r), dryRun).summary());
                    case "k8s.scale" -> ActionResult.of(k8s().scale(target, replicas(r), dryRun).summary());
                    case "k8s.restart" -> ActionResult.of(k8s().restart(target, dryRun).summary());
                    default -> throw new NexusException(r.action() + " is not a Kubernetes action");
                };
            }

            public Optional<String> follow(Duration deadline, Consumer<String> onProgress) {
                return Optional.of(KubernetesText.rollout(k8s().awaitRollout(target, deadline,
                        s -> onProgress.accept(KubernetesText.rollout(s)))));
            }
        };
    }

    /** The revision the confirmed preview pinned; refused by Deployments if the deployment changed since. */
    private RollbackPreview confirmed(Kubernetes target, ActionRequest r) {
        Optional<Integer> to = revision(r, "pin.toRevision").or(() -> revision(r, "toRevision"));
        RollbackPreview now = k8s().previewRollback(target, to);
        Optional<Integer> from = revision(r, "pin.fromRevision");
        if (from.isPresent() && now.current().number() != from.get()) {
            throw new NexusException(target.deployment() + " changed since the preview (revision "
                    + now.current().number() + " is current, the preview showed " + from.get()
                    + "); nothing was rolled back, run rollback again for a new preview");
        }
        return now;
    }

    private static Optional<Integer> revision(ActionRequest r, String key) {
        return r.param(key).map(Integer::parseInt);
    }

    private static int replicas(ActionRequest r) {
        return Integer.parseInt(r.param("replicas").orElseThrow());
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
