package com.nexus.chatops.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.Server;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.RunningNexus;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kustomization under deploy/, rendered by `kubectl kustomize` and parsed by fabric8, checked against the code:
 * the probes against the real server, ports and paths through {@link Env}, the grace period against the drain time
 * of {@link Server}, the writable paths against where nexus writes.
 */
class KustomizeRenderTest {
    @TempDir
    Path dir;
    @AutoClose
    FakeSlack slack;
    @AutoClose
    RunningNexus nexus;

    @BeforeEach
    void needsKubectl() {
        Kustomize.assumeKubectl();
    }

    static List<Path> kustomizations() throws Exception {
        try (Stream<Path> files = Files.walk(Kustomize.DEPLOY)) {
            return files.filter(f -> f.getFileName().toString().equals("kustomization.yaml")).map(Path::getParent)
                    .sorted().toList();
        }
    }

    static List<Path> overlays() throws Exception {
        return Kustomize.overlays();
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void shouldRenderOnlyObjectsFabric8ReadsCompletelyWhenEachKustomizationIsBuilt(Path kustomization)
            throws Exception {
        // Given a kustomization under deploy/

        // When kubectl renders it and fabric8 parses the output
        List<HasMetadata> objects = Kustomize.render(kustomization);

        // Then every object is a known kind, with no field fabric8 could not place
        assertThat(objects).isNotEmpty().allSatisfy(o -> {
            assertThat(o).as("%s %s", o.getKind(), o.getMetadata().getName())
                    .isNotInstanceOf(GenericKubernetesResource.class);
            assertThat(UnknownFields.in(o)).isEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldProbeEndpointsTheServerAnswersWhenTheDeploymentIsRendered(Path overlay) throws Exception {
        // Given the rendered container and the real server started in-process
        Container c = container(Kustomize.render(overlay));
        slack = FakeSlack.start();
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"));
        int port = Env.from(env(c)).port();

        for (Probe probe : Stream.of(c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe())
                .filter(p -> p != null).toList()) {
            // When the kubelet would GET the probe's path on the probe's port
            HTTPGetAction get = probe.getHttpGet();
            int probePort = get.getPort().getIntVal() != null ? get.getPort().getIntVal() : c.getPorts().stream()
                    .filter(p -> get.getPort().getStrVal().equals(p.getName())).findFirst()
                    .map(ContainerPort::getContainerPort).orElseThrow();

            // Then that is the port nexus listens on, and nexus answers the path with 200
            assertThat(probePort).as(get.getPath()).isEqualTo(port);
            assertThat(nexus.get(get.getPath()).statusCode()).as(get.getPath()).isEqualTo(200);
        }
        assertThat(c.getLivenessProbe()).isNotNull();
        assertThat(c.getReadinessProbe().getHttpGet().getPath()).isNotEqualTo(c.getLivenessProbe().getHttpGet().getPath());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRunAsNonRootOnAReadOnlyFilesystemWhenThePodStarts(Path overlay) throws Exception {
        // Given the rendered pod
        List<HasMetadata> objects = Kustomize.render(overlay);
        PodSpec pod = Kustomize.one(objects, Deployment.class).getSpec().getTemplate().getSpec();
        Container c = container(objects);

        // When its security settings are read
        var podSecurity = pod.getSecurityContext();
        var security = c.getSecurityContext();

        // Then it is no root, cannot become one, and can write only where nexus writes
        assertThat(podSecurity.getRunAsNonRoot()).isTrue();
        assertThat(podSecurity.getRunAsUser()).isNotNull().isNotZero();
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(writableMount(pod, c, tmpdir())).as("java.io.tmpdir").isPresent();
        String db = Env.from(env(c)).dbUrl();
        if (db.startsWith("jdbc:sqlite:")) {
            Path file = Path.of(db.substring("jdbc:sqlite:".length()));
            Volume volume = writableMount(pod, c, file.getParent().toString())
                    .orElseThrow(() -> new AssertionError("nothing writable is mounted where " + db + " lives"));
            String claim = volume.getPersistentVolumeClaim().getClaimName();
            assertThat(Kustomize.ofKind(objects, PersistentVolumeClaim.class))
                    .extracting(pvc -> pvc.getMetadata().getName()).contains(claim);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRequestAndCapResourcesWhenScheduled(Path overlay) throws Exception {
        // Given the rendered container
        Container c = container(Kustomize.render(overlay));

        // When its resources are read
        Map<String, Quantity> requests = c.getResources().getRequests();
        Map<String, Quantity> limits = c.getResources().getLimits();

        // Then the scheduler knows what it needs and a leak is capped below the node's memory
        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).containsKey("memory");
        assertThat(Quantity.getAmountInBytes(limits.get("memory")))
                .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldWaitForTheDrainWhenThePodIsStopped(Path overlay) throws Exception {
        // Given the drain time of the server, and the rendered pod
        Duration drain = drainTime();
        PodSpec pod = Kustomize.one(Kustomize.render(overlay), Deployment.class).getSpec().getTemplate().getSpec();
        long preStop = Optional.ofNullable(container(Kustomize.render(overlay)).getLifecycle())
                .map(l -> l.getPreStop()).map(h -> h.getSleep()).map(s -> s.getSeconds()).orElse(0L);

        // When Kubernetes stops it (preStop pause, then SIGTERM, then SIGKILL after the grace period)
        long grace = pod.getTerminationGracePeriodSeconds();

        // Then Server.close() has time for Jetty's graceful stop and then the queued work, each up to the drain
        // time, and the period is not padded far beyond that
        long needed = preStop + 2 * drain.toSeconds();
        assertThat(grace).isBetween(needed, needed + 15);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldMatchReplicasToTheStoreWhenTheOverlayPicksIt(Path overlay) throws Exception {
        // Given an overlay's Deployment and the database URL its container ends up with
        List<HasMetadata> objects = Kustomize.render(overlay);
        Deployment d = Kustomize.one(objects, Deployment.class);
        Map<String, String> env = env(container(objects));

        // When the store is SQLite (one process) or PostgreSQL (shared)
        String db = Env.from(env).dbUrl();

        // Then SQLite runs exactly one pod, never two at once; PostgreSQL runs two
        if (db.startsWith("jdbc:sqlite:")) {
            assertThat(d.getSpec().getReplicas()).isEqualTo(1);
            assertThat(d.getSpec().getStrategy().getType()).isEqualTo("Recreate");
        } else {
            assertThat(db).startsWith("jdbc:postgresql:");
            assertThat(plainEnv(container(objects))).doesNotContainKey("NEXUS_DB_URL");
            assertThat(d.getSpec().getReplicas()).isEqualTo(2);
        }
        PodDisruptionBudget pdb = Kustomize.one(objects, PodDisruptionBudget.class);
        assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).as("a drain never blocks").isEqualTo(1);
    }

    @Test
    void shouldOfferBothStoresWhenTheOverlaysAreListed() throws Exception {
        // Given every overlay
        List<String> stores = new java.util.ArrayList<>();

        // When the database URL each one gives nexus is read
        for (Path overlay : Kustomize.overlays()) {
            stores.add(Env.from(env(container(Kustomize.render(overlay)))).dbUrl().split(":")[1]);
        }

        // Then there is one example for each store nexus supports
        assertThat(stores).containsExactlyInAnyOrder("postgresql", "sqlite");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldWireServiceAccountSecretConfigAndServiceWhenRendered(Path overlay) throws Exception {
        // Given the rendered objects
        List<HasMetadata> objects = Kustomize.render(overlay);
        Deployment d = Kustomize.one(objects, Deployment.class);
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        Container c = container(objects);
        Secret template = secretTemplate();

        // When the references between them are followed
        ServiceAccount sa = Kustomize.one(objects, ServiceAccount.class);
        Service service = Kustomize.one(objects, Service.class);
        String configMap = pod.getVolumes().stream().filter(v -> v.getConfigMap() != null).findFirst()
                .orElseThrow().getConfigMap().getName();
        Path config = Path.of(Env.from(env(c)).configPath().toString());

        // Then each one leads to something rendered (or, for the Secret, to the template)
        assertThat(pod.getServiceAccountName()).isEqualTo(sa.getMetadata().getName());
        assertThat(sa.getMetadata().getNamespace()).isEqualTo(d.getMetadata().getNamespace());
        assertThat(sa.getMetadata().getAnnotations()).containsKey("eks.amazonaws.com/role-arn");
        assertThat(c.getEnvFrom()).extracting(e -> e.getSecretRef().getName())
                .containsExactly(template.getMetadata().getName());
        assertThat(template.getMetadata().getNamespace()).isEqualTo(d.getMetadata().getNamespace());
        assertThat(objects).anySatisfy(o -> assertThat(o.getKind() + "/" + o.getMetadata().getName())
                .isEqualTo("ConfigMap/" + configMap));
        assertThat(c.getVolumeMounts()).anySatisfy(m -> assertThat(config.getParent().toString())
                .isEqualTo(m.getMountPath()));
        assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(c.getPorts()).extracting(ContainerPort::getName)
                .contains(service.getSpec().getPorts().get(0).getTargetPort().getStrVal());
    }

    @Test
    void shouldHoldOnlyPlaceholdersForSettingsNexusReadsWhenTheSecretTemplateIsFilledIn() throws Exception {
        // Given the Secret template
        Secret template = secretTemplate();

        // When each key is given to nexus's environment reader
        Env none = Env.from(Map.of());

        // Then each one is a setting nexus reads, and no value looks like a real credential
        assertThat(template.getStringData()).isNotEmpty().allSatisfy((key, value) -> {
            assertThat(Env.from(Map.of(key, "fake-test-value"))).as(key + " is not read by nexus").isNotEqualTo(none);
            assertThat(value.isBlank() || value.contains("fake")).as(key + " holds a placeholder").isTrue();
        });
        assertThat(UnknownFields.in(template)).isEmpty();
    }

    private static Secret secretTemplate() throws Exception {
        List<HasMetadata> parsed = Kustomize.parse(Files.readString(Kustomize.DEPLOY.resolve("base/secret.example.yaml")));
        return (Secret) parsed.get(0);
    }

    private static Container container(List<HasMetadata> objects) {
        List<Container> containers = Kustomize.one(objects, Deployment.class).getSpec().getTemplate().getSpec()
                .getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    /** The container's environment as nexus sees it: the Secret's keys (the template's), then env, which wins. */
    private static Map<String, String> env(Container c) throws Exception {
        Map<String, String> env = new HashMap<>(secretTemplate().getStringData());
        env.putAll(plainEnv(c));
        return env;
    }

    private static Map<String, String> plainEnv(Container c) {
        Map<String, String> env = new HashMap<>();
        for (EnvVar v : c.getEnv()) {
            if (v.getValue() != null) {
                env.put(v.getName(), v.getValue());
            }
        }
        return env;
    }

    /** The volume mounted writable at {@code path} or above it. */
    private static Optional<Volume> writableMount(PodSpec pod, Container c, String path) {
        return c.getVolumeMounts().stream()
                .filter(m -> !Boolean.TRUE.equals(m.getReadOnly()))
                .filter(m -> Path.of(path).startsWith(Path.of(m.getMountPath())))
                .map(VolumeMount::getName)
                .flatMap(name -> pod.getVolumes().stream().filter(v -> v.getName().equals(name)))
                .findFirst();
    }

    /** The JVM's scratch directory in the image: as deploy/jvm.options sets it, else the JVM's default on Linux. */
    private static String tmpdir() throws java.io.IOException {
        return Files.readAllLines(Kustomize.DEPLOY.resolve("jvm.options")).stream().map(String::strip)
                .filter(l -> l.startsWith("-Djava.io.tmpdir=")).map(l -> l.substring(l.indexOf('=') + 1))
                .reduce((a, b) -> b).orElse("/tmp");
    }

    /** How long Server.close() gives each stage of a graceful stop. */
    private static Duration drainTime() throws ReflectiveOperationException {
        Field drain = Server.class.getDeclaredField("DRAIN");
        drain.setAccessible(true);
        return (Duration) drain.get(null);
    }
}
