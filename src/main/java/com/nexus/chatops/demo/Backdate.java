package com.nexus.chatops.demo;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mock API server stamps creationTimestamp with the time of the create and keeps it through every update, as
 * a real one does; a seeded history needs the times the deploys happened, so they are written into its store.
 */
final class Backdate {
    private final Map<String, Instant> births = new ConcurrentHashMap<>();

    /** The object of this name (ReplicaSet or pod names are unique in the sandbox) was made at {@code at}. */
    void note(String name, Instant at) {
        births.put(name, at);
    }

    /** Rewrites the stored objects noted; call once the seeding is over, before anyone reads the cluster. */
    void apply(Map<AttributeSet, String> store, KubernetesSerialization json) {
        store.replaceAll((key, stored) -> {
            GenericKubernetesResource r = json.unmarshal(stored, GenericKubernetesResource.class);
            Instant at = births.get(r.getMetadata().getName());
            if (at == null) {
                return stored;
            }
            r.getMetadata().setCreationTimestamp(at.toString());
            return json.asJson(r);
        });
    }
}
