package com.nexus.chatops.action.k8s;

import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rollback as `kubectl rollout undo` does it, by hand: the target ReplicaSet's pod template (pod-template-hash label
 * removed) replaces the deployment's. Not `rolling().undo()`: it trusts labels alone and cannot pick a revision.
 */
final class Rollbacks {
    static final String HASH_LABEL = "pod-template-hash";

    record Plan(Deployment deployment, RollbackPreview preview, PodTemplateSpec template) {}

    private Rollbacks() {}

    static Plan plan(KubernetesClient client, Kubernetes target, Optional<Integer> toRevision, Clock clock) {
        Deployment deployment = Owned.deployment(client, target);
        List<ReplicaSet> owned = Owned.replicaSets(client, target, deployment);
        int currentNumber = Revisions.current(deployment, owned);
        List<Integer> kept = owned.stream().map(rs -> Owned.revision(rs).orElseThrow()).toList();
        ReplicaSet chosen = choose(target, owned, currentNumber, toRevision, kept);
        Revision current = current(deployment, owned, currentNumber);
        RollbackPreview preview = new RollbackPreview(target.namespace(), target.deployment(), current,
                Revisions.of(chosen, currentNumber), current.createdAt().map(at -> Times.age(Optional.of(at), clock)),
                kept);
        PodTemplateSpec template = client.getKubernetesSerialization().clone(chosen.getSpec().getTemplate());
        if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
            template.getMetadata().getLabels().remove(HASH_LABEL);
        }
        return new Plan(deployment, preview, template);
    }

    static RolloutResult execute(KubernetesClient client, Kubernetes target, Plan plan, boolean dryRun) {
        KubernetesSerialization json = client.getKubernetesSerialization();
        // Carrying the resourceVersion read with the plan makes the API server refuse (409) if anyone changed the
        // deployment since: the template we restore was chosen against that version.
        String patch = "[{\"op\":\"replace\",\"path\":\"/metadata/resourceVersion\",\"value\":"
                + json.asJson(plan.deployment().getMetadata().getResourceVersion()) + "},"
                + "{\"op\":\"replace\",\"path\":\"/spec/template\",\"value\":" + json.asJson(plan.template()) + "}]";
        Deployment after = K8sErrors.call(Owned.patch(target), () -> client.apps().deployments()
                .inNamespace(target.namespace()).withName(target.deployment()).dryRun(dryRun)
                .patch(PatchContext.of(PatchType.JSON), patch));
        RollbackPreview p = plan.preview();
        List<String> images = Revisions.images(after.getSpec().getTemplate());
        String summary = (dryRun ? "would roll back " : "rolled back ") + Owned.subject(target) + " from revision "
                + p.current().number() + " (" + String.join(", ", p.current().images()) + ") to revision "
                + p.target().number() + "'s template (" + String.join(", ", images) + ")";
        return Writes.result("rollback", target, after, dryRun, summary);
    }

    private static ReplicaSet choose(Kubernetes target, List<ReplicaSet> owned, int current,
            Optional<Integer> toRevision, List<Integer> kept) {
        String keptText = kept.isEmpty() ? "no revisions are kept (is revisionHistoryLimit 0?)"
                : "revisions kept: " + kept.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (toRevision.isPresent() && toRevision.get() == current) {
            throw new NexusException("Revision " + current + " is already the current revision of "
                    + Owned.subject(target) + "; " + keptText);
        }
        Optional<ReplicaSet> chosen = toRevision
                .map(n -> owned.stream().filter(rs -> Owned.revision(rs).orElseThrow().equals(n)).findFirst())
                .orElseGet(() -> owned.stream().filter(rs -> Owned.revision(rs).orElseThrow() < current)
                        .reduce((a, b) -> b));
        return chosen.orElseThrow(() -> new NexusException(toRevision
                .map(n -> Owned.subject(target) + " has no revision " + n + "; " + keptText)
                .orElse(Owned.subject(target) + " has no revision before " + current + " to roll back to; "
                        + keptText)));
    }

    private static Revision current(Deployment deployment, List<ReplicaSet> owned, int number) {
        Optional<Revision> kept = owned.stream().filter(rs -> Owned.revision(rs).orElseThrow() == number)
                .findFirst().map(rs -> Revisions.of(rs, number));
        Optional<String> deploymentCause = Optional.ofNullable(deployment.getMetadata().getAnnotations())
                .map(a -> a.get(Revisions.CHANGE_CAUSE)).filter(s -> !s.isBlank());
        // The images are the deployment's own: that is what runs (or is rolling out) now, whatever the ReplicaSet.
        return new Revision(number, kept.map(Revision::replicaSet).orElse(""),
                Revisions.images(deployment.getSpec().getTemplate()),
                kept.flatMap(Revision::changeCause).or(() -> deploymentCause),
                kept.flatMap(Revision::createdAt), true);
    }
}
