package com.nexus.chatops.packaging;

import static org.assertj.core.api.Assertions.fail;

import com.nexus.chatops.action.ActionRequest.RevisionPin;
import com.nexus.chatops.action.k8s.Deployments;
import com.nexus.chatops.action.k8s.RollbackPreview;
import com.nexus.chatops.config.Kubernetes;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What nexus's Kubernetes operations ask of the API server, recorded rather than listed: every public operation of
 * {@link Deployments} (each one taking a {@link Kubernetes} target, found by reflection, so a new operation is
 * covered without editing this class) runs — with and without dry run — against fabric8's CRUD mock server, on a
 * deployment seeded as a controller leaves it, through the client {@link Deployments#connect()} builds from a
 * kubeconfig. Each request becomes the RBAC permission the API server would check.
 */
final class KubernetesNeeds {
    private static final String REVISION = "deployment.kubernetes.io/revision";

    private final KubernetesMockServer server;
    private final KubernetesClient fixtures;
    private final Kubernetes target;
    private final Map<String, Set<RbacRule>> byOperation = new TreeMap<>();

    private KubernetesNeeds(KubernetesMockServer server, KubernetesClient fixtures, Kubernetes target) {
        this.server = server;
        this.fixtures = fixtures;
        this.target = target;
    }

    /** Operation (method and arguments) → the permissions its requests needed. */
    static Map<String, Set<RbacRule>> record(KubernetesMockServer server, KubernetesClient fixtures, Kubernetes target,
                                             Path dir) throws Exception {
        KubernetesNeeds needs = new KubernetesNeeds(server, fixtures, target);
        Path kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters: [{name: mock, cluster: {server: "%s"}}]
                users: [{name: mock, user: {token: fake-test-token}}]
                contexts: [{name: mock, context: {cluster: mock, user: mock, namespace: default}}]
                current-context: mock
                """.formatted(server.url("/").replaceFirst("/$", "")));
        String before = System.getProperty("kubeconfig");
        System.setProperty("kubeconfig", kubeconfig.toString());
        try (Deployments deployments = Deployments.connect()) {
            for (Method op : operations()) {
                for (boolean flag : booleanChoices(op)) {
                    needs.run(deployments, op, flag);
                }
            }
        } finally {
            if (before == null) {
                System.clearProperty("kubeconfig");
            } else {
                System.setProperty("kubeconfig", before);
            }
        }
        return needs.byOperation;
    }

    static Set<RbacRule> union(Map<String, Set<RbacRule>> byOperation) {
        Set<RbacRule> all = new TreeSet<>();
        byOperation.values().forEach(all::addAll);
        return all;
    }

    private static List<Method> operations() {
        return Arrays.stream(Deployments.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> Arrays.asList(m.getParameterTypes()).contains(Kubernetes.class))
                .sorted(Comparator.comparing(Method::toGenericString))
                .toList();
    }

    private static List<Boolean> booleanChoices(Method op) {
        boolean any = Arrays.stream(op.getParameterTypes()).anyMatch(t -> t == boolean.class);
        return any ? List.of(true, false) : List.of(false);
    }

    private void run(Deployments deployments, Method op, boolean flag) throws Exception {
        seed();
        Object[] args = arguments(deployments, op, flag);
        drain();
        String name = op.getName() + Arrays.stream(args).map(KubernetesNeeds::label)
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        try {
            op.invoke(deployments, args);
        } catch (InvocationTargetException e) {
            fail("%s failed against the mock cluster, so what it needs cannot be recorded: %s", name, e.getCause());
        }
        Set<RbacRule> rules = new TreeSet<>();
        for (RecordedRequest r : drain()) {
            rules.add(RbacRule.of(r.getMethod(), r.getPath()).orElseThrow(() -> new AssertionError(
                    name + " sent " + r.getMethod() + " " + r.getPath() + ", outside any namespace: a Role cannot allow it")));
        }
        byOperation.put(name, rules);
    }

    private static String label(Object arg) {
        if (arg instanceof Kubernetes) {
            return "target";
        }
        if (arg instanceof Boolean || arg instanceof Integer || arg instanceof Optional<?> || arg instanceof Duration) {
            return arg.toString();
        }
        return arg instanceof Consumer<?> ? "listener" : arg.getClass().getSimpleName();
    }

    private Object[] arguments(Deployments deployments, Method op, boolean flag) throws Exception {
        List<Object> args = new ArrayList<>();
        for (Parameter p : op.getParameters()) {
            Class<?> type = p.getType();
            if (type == Kubernetes.class) {
                args.add(target);
            } else if (type == boolean.class) {
                args.add(flag);
            } else if (type == int.class) {
                args.add(target.replicas().min() + 1);
            } else if (type == Optional.class) {
                args.add(Optional.empty());
            } else if (type == Duration.class) {
                args.add(Duration.ofMillis(300));
            } else if (type == Consumer.class) {
                args.add((Consumer<Object>) x -> { });
            } else if (type == RevisionPin.class) {
                // what a confirmed rollback carries: the revisions its preview showed
                RollbackPreview shown = deployments.previewRollback(target, Optional.empty());
                args.add(new RevisionPin(shown.current().number(), shown.target().number()));
            } else {
                args.add(producedBy(deployments, type, op));
            }
        }
        return args.toArray();
    }

    /** An argument nexus itself would have got from an earlier operation (a preview, say) is made the same way. */
    private Object producedBy(Deployments deployments, Class<?> type, Method forOp) throws Exception {
        Method maker = operations().stream().filter(m -> m.getReturnType() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no way to make a " + type.getSimpleName() + " for "
                        + forOp.getName() + ": teach KubernetesNeeds.arguments about it"));
        return maker.invoke(deployments, arguments(deployments, maker, false));
    }

    private List<RecordedRequest> drain() throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        RecordedRequest next;
        while ((next = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
            all.add(next);
        }
        return all;
    }

    /** The target at revision 3 after deploys 1-3 (the ReplicaSets a controller keeps), two pods and an event. */
    private void seed() {
        String ns = target.namespace();
        String name = target.deployment();
        fixtures.apps().deployments().inNamespace(ns).delete();
        fixtures.apps().replicaSets().inNamespace(ns).delete();
        fixtures.pods().inNamespace(ns).delete();
        fixtures.v1().events().inNamespace(ns).delete();
        Deployment d = fixtures.apps().deployments().inNamespace(ns).resource(new DeploymentBuilder()
                .withNewMetadata().withName(name).addToAnnotations(REVISION, "3").endMetadata()
                .withNewSpec().withReplicas(3).withNewSelector().addToMatchLabels("app", name).endSelector()
                .withTemplate(template(name, "repo/api:3", null)).endSpec().build()).create();
        fixtures.apps().deployments().inNamespace(ns).withName(name).editStatus(x -> new DeploymentBuilder(x)
                .withNewStatus().withObservedGeneration(x.getMetadata().getGeneration()).withReplicas(3)
                .withUpdatedReplicas(3).withReadyReplicas(3).withAvailableReplicas(3).endStatus().build());
        for (int revision = 1; revision <= 3; revision++) {
            String hash = "h" + revision;
            fixtures.apps().replicaSets().inNamespace(ns).resource(new ReplicaSetBuilder()
                    .withNewMetadata().withName(name + "-" + hash).addToLabels("app", name)
                    .addToLabels("pod-template-hash", hash).addToAnnotations(REVISION, Integer.toString(revision))
                    .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName(name)
                    .withUid(d.getMetadata().getUid()).withController(true).endOwnerReference().endMetadata()
                    .withNewSpec().withReplicas(revision == 3 ? 3 : 0).withNewSelector().addToMatchLabels("app", name)
                    .addToMatchLabels("pod-template-hash", hash).endSelector()
                    .withTemplate(template(name, "repo/api:" + revision, hash)).endSpec().build()).create();
        }
        for (String pod : List.of(name + "-h3-aaaaa", name + "-h3-bbbbb")) {
            fixtures.pods().inNamespace(ns).resource(new PodBuilder()
                    .withNewMetadata().withName(pod).addToLabels("app", name).addToLabels("pod-template-hash", "h3")
                    .endMetadata()
                    .withNewSpec().addNewContainer().withName("api").withImage("repo/api:3").endContainer().endSpec()
                    .withNewStatus().withPhase("Running").addNewContainerStatus().withName("api").withReady(true)
                    .withRestartCount(1).endContainerStatus().endStatus().build()).create();
        }
        fixtures.v1().events().inNamespace(ns).resource(new EventBuilder()
                .withNewMetadata().withName(name + ".1").endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder().withKind("Deployment").withName(name).build())
                .withReason("ScalingReplicaSet").withMessage("Scaled up replica set " + name + "-h3 to 3")
                .withType("Normal").build()).create();
    }

    private static PodTemplateSpec template(String name, String image, String hash) {
        PodTemplateSpecBuilder b = new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName("api").withImage(image).endContainer().endSpec();
        return hash == null ? b.build() : b.editMetadata().addToLabels("pod-template-hash", hash).endMetadata().build();
    }
}
