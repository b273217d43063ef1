package com.nexus.chatops.action.k8s;

import com.nexus.chatops.action.k8s.K8sErrors.Op;
import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesResourceUtil;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The deployment and what it controls. ReplicaSets are matched by controller owner UID as well as labels: a foreign
 * ReplicaSet whose labels happen to match must never become a rollback target.
 */
final class Owned {
    static final String REVISION = "deployment.kubernetes.io/revision";

    private Owned() {}

    static Deployment deployment(KubernetesClient client, Kubernetes target) {
        Deployment found = K8sErrors.call(read(target, "deployments"), () -> client.apps().deployments()
                .inNamespace(target.namespace()).withName(target.deployment()).get());
        if (found == null) {
            throw new NexusException(subject(target) + " was not found in namespace " + target.namespace()
                    + " (or the namespace does not exist); check the service's kubernetes section in nexus.yml");
        }
        return found;
    }

    /** Owned ReplicaSets that carry a revision, lowest revision first. */
    static List<ReplicaSet> replicaSets(KubernetesClient client, Kubernetes target, Deployment deployment) {
        String uid = deployment.getMetadata().getUid();
        List<ReplicaSet> all = K8sErrors.call(list(target, "replicasets"), () -> client.apps().replicaSets()
                .inNamespace(target.namespace()).withLabelSelector(deployment.getSpec().getSelector()).list()
                .getItems());
        return all.stream()
                .filter(rs -> uid != null && uid.equals(controllerUid(rs)))
                .filter(rs -> revision(rs).isPresent())
                .sorted(Comparator.comparingInt(rs -> revision(rs).orElseThrow()))
                .toList();
    }

    static List<Pod> pods(KubernetesClient client, Kubernetes target, Deployment deployment) {
        return K8sErrors.call(list(target, "pods"), () -> client.pods().inNamespace(target.namespace())
                .withLabelSelector(deployment.getSpec().getSelector()).list().getItems());
    }

    static Optional<Integer> revision(HasMetadata object) {
        String value = object.getMetadata().getAnnotations() == null ? null
                : object.getMetadata().getAnnotations().get(REVISION);
        try {
            return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String subject(Kubernetes target) {
        return "deployment " + target.deployment();
    }

    static Op read(Kubernetes target, String resource) {
        return new Op("get", resource, target.namespace(), subject(target));
    }

    static Op list(Kubernetes target, String resource) {
        return new Op("list", resource, target.namespace(), subject(target));
    }

    static Op patch(Kubernetes target) {
        return new Op("patch", "deployments", target.namespace(), subject(target));
    }

    private static String controllerUid(HasMetadata object) {
        OwnerReference owner = KubernetesResourceUtil.getControllerUid(object);
        return owner == null ? null : Objects.toString(owner.getUid(), null);
    }
}
