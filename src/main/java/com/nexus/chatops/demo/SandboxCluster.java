package com.nexus.chatops.demo;

import com.nexus.chatops.config.NexusConfig;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kubernetes API on loopback (fabric8's mock server in CRUD mode) holding every service nexus.yml maps to a
 * Deployment, two deploys each, with a controller that carries rollouts through to the end.
 */
public final class SandboxCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxCluster.class);
    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");
    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final ScheduledExecutorService controller;

    private SandboxCluster(KubernetesMockServer server, KubernetesClient client, ScheduledExecutorService controller) {
        this.server = server;
        this.client = client;
        this.controller = controller;
    }

    /** Starts the API server, seeds it from the config, and steps rollouts every {@code step}. */
    public static SandboxCluster start(NexusConfig config, Duration step) {
        // the mock server logs every request it answers (java.util.logging); the sandbox is quiet unless it fails
        MOCK_LOG.setLevel(Level.WARNING);
        KubernetesCrudDispatcher store = new KubernetesCrudDispatcher();
        KubernetesMockServer server = new KubernetesMockServer(new Context(Serialization.jsonMapper()),
                new MockWebServer(), new HashMap<>(), store, false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        KubernetesClient client = server.createClient();
        Backdate births = new Backdate();
        SandboxSeed seed = new SandboxSeed(client, Instant.now(), births);
        // one service per thread: each is a few dozen requests, and the API server takes them side by side
        config.services().values().parallelStream().forEach(s -> s.kubernetes()
                .ifPresent(k -> seed.service(k, DemoDeploys.previous(s.name()), DemoDeploys.latest(s.name()))));
        births.apply(store.getMap(), client.getKubernetesSerialization());
        RolloutController rollouts = new RolloutController(client);
        ScheduledExecutorService controller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-controller");
            t.setDaemon(true);
            return t;
        });
        controller.scheduleWithFixedDelay(() -> {
            try {
                rollouts.step();
            } catch (RuntimeException e) {
                LOG.warn("sandbox controller step failed: {}", e.toString());
            }
        }, step.toMillis(), step.toMillis(), TimeUnit.MILLISECONDS);
        return new SandboxCluster(server, client, controller);
    }

    /** A client of the sandbox API; it belongs to the sandbox and closes with it. */
    public KubernetesClient client() {
        return client;
    }

    public int deployments() {
        return client.apps().deployments().inAnyNamespace().list().getItems().size();
    }

    @Override
    public void close() {
        controller.shutdownNow();
        client.close();
        server.destroy();
    }
}
