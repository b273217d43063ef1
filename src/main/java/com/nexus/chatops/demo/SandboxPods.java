package com.nexus.chatops.demo;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/** A deployment's running pods, as the kubelet reports them: one container each, ready, on a node. */
final class SandboxPods {
    private static final String LETTERS = "bcdfghjklmnpqrstvwxz2456789";
    private final KubernetesClient client;
    private final Instant now;
    private final Backdate births;
    private final Random random = new Random();

    /** @param births where seeded pods note their start; null for pods started now */
    SandboxPods(KubernetesClient client, Instant now, Backdate births) {
        this.client = client;
        this.now = now;
        this.births = births;
    }

    /** {@code replicas} pods of the ReplicaSet with this hash, started {@code age} ago. */
    void start(Deployment d, String hash, String image, int replicas, Duration age) {
        String ns = d.getMetadata().getNamespace();
        String name = d.getMetadata().getName();
        Instant started = now.minus(age);
        for (int i = 0; i < replicas; i++) {
            String pod = name + "-" + hash + "-" + suffix();
            client.pods().inNamespace(ns).resource(new PodBuilder()
                    .withNewMetadata().withName(pod).addToLabels("app", name).addToLabels(SandboxSeed.HASH, hash)
                    .endMetadata()
                    .withNewSpec().addNewContainer().withName("app").withImage(image).endContainer()
                    .withNodeName("ip-10-0-" + (i + 1) + "-17.ec2.internal").endSpec()
                    .withNewStatus().withPhase("Running").withStartTime(started.toString())
                    .addNewContainerStatus().withName("app").withImage(image).withReady(true).withRestartCount(0)
                    .endContainerStatus().endStatus().build()).create();
            if (births != null) {
                births.note(pod, started);
            }
        }
    }

    /** The deployment's pods now belong to the ReplicaSet with {@code hash}: the old ones are gone. */
    void replace(Deployment d, String hash, String image) {
        String ns = d.getMetadata().getNamespace();
        client.pods().inNamespace(ns).withLabel("app", d.getMetadata().getName()).delete();
        start(d, hash, image, d.getSpec().getReplicas(), Duration.ZERO);
    }

    private String suffix() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return s.toString();
    }
}
