package com.nexus.chatops.action.k8s;

import com.nexus.chatops.config.Kubernetes;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Events about the deployment, its ReplicaSets and their pods, warnings first, newest first within each kind.
 * The namespace is listed and filtered here: field selectors can name one object only, and pods already deleted
 * (a crash loop's victims) are still recognised by their ReplicaSet's name prefix.
 */
final class Events {
    static final int MAX_ROWS = 50;

    private Events() {}

    static List<EventRow> list(KubernetesClient client, Kubernetes target) {
        Deployment deployment = Owned.deployment(client, target);
        Set<String> replicaSets = Owned.replicaSets(client, target, deployment).stream()
                .map(rs -> rs.getMetadata().getName()).collect(Collectors.toSet());
        List<Event> events = K8sErrors.call(Owned.list(target, "events"),
                () -> client.v1().events().inNamespace(target.namespace()).list().getItems());
        return events.stream().filter(e -> concerns(e.getInvolvedObject(), target.deployment(), replicaSets))
                .map(Events::row)
                .sorted(Comparator.comparing((EventRow r) -> !r.warning())
                        .thenComparing(r -> r.lastSeen().orElse(Instant.EPOCH), Comparator.reverseOrder()))
                .limit(MAX_ROWS).toList();
    }

    static boolean concerns(ObjectReference object, String deployment, Set<String> replicaSets) {
        if (object == null || object.getName() == null || object.getKind() == null) {
            return false;
        }
        return switch (object.getKind()) {
            case "Deployment" -> deployment.equals(object.getName());
            case "ReplicaSet" -> replicaSets.contains(object.getName());
            case "Pod" -> replicaSets.stream().anyMatch(rs -> object.getName().startsWith(rs + "-"));
            default -> false;
        };
    }

    static EventRow row(Event e) {
        ObjectReference object = e.getInvolvedObject();
        return new EventRow(Optional.ofNullable(e.getType()).orElse("Normal"), Optional.ofNullable(e.getReason())
                .orElse(""), object.getKind() + "/" + object.getName(), Optional.ofNullable(e.getMessage()).orElse(""),
                e.getCount() == null ? 1 : e.getCount(), lastSeen(e));
    }

    /** lastTimestamp, else eventTime, else the series' last observation, else when the event was created. */
    static Optional<Instant> lastSeen(Event e) {
        return Times.parse(e.getLastTimestamp())
                .or(() -> Optional.ofNullable(e.getEventTime()).flatMap(t -> Times.parse(t.getTime())))
                .or(() -> Optional.ofNullable(e.getSeries()).flatMap(s -> Optional.ofNullable(s.getLastObservedTime()))
                        .flatMap(t -> Times.parse(t.getTime())))
                .or(() -> Times.parse(e.getMetadata().getCreationTimestamp()));
    }
}
