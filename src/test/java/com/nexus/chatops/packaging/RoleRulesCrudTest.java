package com.nexus.chatops.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.Kubernetes;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Role each overlay renders against what the code needs, recorded by running every Kubernetes operation
 * against fabric8's CRUD mock server ({@link KubernetesNeeds}): equal, not merely enough.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class RoleRulesCrudTest {
    private static final Path CONFIG = Path.of("deploy/base/nexus.yml");
    static KubernetesMockServer server;
    static KubernetesClient client;
    @TempDir
    static Path dir;
    private static Set<RbacRule> needed;

    @BeforeEach
    void needsKubectl() {
        Kustomize.assumeKubectl();
    }

    static List<Path> overlays() throws Exception {
        return Kustomize.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldGrantExactlyWhatTheKubernetesOperationsSendWhenTheRoleIsRendered(Path overlay) throws Exception {
        // Given what every Kubernetes operation of nexus sent to the mock API server
        Set<RbacRule> needed = needed();

        // When the overlay's Roles are rendered
        List<Role> roles = Kustomize.ofKind(Kustomize.render(overlay), Role.class);

        // Then each grants exactly that: nothing an operation would be refused, nothing more
        assertThat(roles).isNotEmpty().allSatisfy(role -> assertThat(granted(role)).as(role.getMetadata()
                .getNamespace()).isEqualTo(needed));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldNeverGrantSecretsExecDeletionOrWildcardsWhenTheRoleIsRendered(Path overlay) throws Exception {
        // Given the overlay's Roles
        List<Role> roles = Kustomize.ofKind(Kustomize.render(overlay), Role.class);

        // When their rules are expanded
        Set<RbacRule> granted = roles.stream().flatMap(r -> granted(r).stream()).collect(Collectors.toSet());

        // Then none reaches secrets, exec or attach, deletes, or uses a wildcard
        assertThat(granted).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.resource()).isNotIn("secrets", "pods/exec", "pods/attach", "*");
            assertThat(rule.verb()).isNotIn("delete", "deletecollection", "*");
            assertThat(rule.apiGroup()).isNotEqualTo("*");
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldBindTheRoleToNexusInEveryNamespaceItActsOnWhenRendered(Path overlay) throws Exception {
        // Given the namespaces of the services in the deployed nexus.yml, and the rendered objects
        Set<String> targets = ConfigLoader.load(CONFIG).services().values().stream()
                .flatMap(s -> s.kubernetes().stream()).map(Kubernetes::namespace).collect(Collectors.toSet());
        List<HasMetadata> objects = Kustomize.render(overlay);
        ServiceAccount sa = Kustomize.one(objects, ServiceAccount.class);

        // When the RoleBindings are followed
        List<RoleBinding> bindings = Kustomize.ofKind(objects, RoleBinding.class);

        // Then in each of those namespaces a binding gives nexus's ServiceAccount that namespace's Role
        assertThat(bindings.stream().map(b -> b.getMetadata().getNamespace()).collect(Collectors.toSet()))
                .containsAll(targets);
        assertThat(bindings).allSatisfy(b -> {
            assertThat(b.getSubjects()).singleElement().satisfies(s -> {
                assertThat(s.getKind()).isEqualTo("ServiceAccount");
                assertThat(s.getName()).isEqualTo(sa.getMetadata().getName());
                assertThat(s.getNamespace()).isEqualTo(sa.getMetadata().getNamespace());
            });
            assertThat(b.getRoleRef().getKind()).isEqualTo("Role");
            assertThat(Kustomize.ofKind(objects, Role.class)).anySatisfy(r -> {
                assertThat(r.getMetadata().getName()).isEqualTo(b.getRoleRef().getName());
                assertThat(r.getMetadata().getNamespace()).isEqualTo(b.getMetadata().getNamespace());
            });
        });
    }

    /** Recorded once for the class: the operations and the mock server are the same for every overlay. */
    private static synchronized Set<RbacRule> needed() throws Exception {
        if (needed == null) {
            Kubernetes target = ConfigLoader.load(CONFIG).services().values().stream()
                    .flatMap(s -> s.kubernetes().stream()).findFirst().orElseThrow();
            Map<String, Set<RbacRule>> byOperation = KubernetesNeeds.record(server, client, target, dir);
            byOperation.forEach((op, rules) -> System.out.println("RBAC " + op + " -> " + rules));
            needed = KubernetesNeeds.union(byOperation);
        }
        return needed;
    }

    private static Set<RbacRule> granted(Role role) {
        Set<RbacRule> rules = new TreeSet<>();
        for (PolicyRule r : role.getRules()) {
            assertThat(r.getResourceNames()).as("rules name no single objects").isNullOrEmpty();
            for (String group : r.getApiGroups()) {
                for (String resource : r.getResources()) {
                    for (String verb : r.getVerbs()) {
                        rules.add(new RbacRule(group, resource, verb));
                    }
                }
            }
        }
        return rules;
    }
}
