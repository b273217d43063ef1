package com.nexus.chatops.action.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.NexusProcess;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console in a child JVM, acting as a responder of nexus.example.yml (`--as`), against fabric8's CRUD mock
 * cluster found through KUBECONFIG, as an operator would try a guarded rollback locally.
 */
@EnableKubernetesMockClient(crud = true)
class ConsoleRollbackTest {
    KubernetesMockServer server;
    KubernetesClient client;

    @TempDir
    Path dir;

    private Path kubeconfig() throws Exception {
        return Files.writeString(dir.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster: { server: "%s", insecure-skip-tls-verify: true }
                contexts:
                - name: mock
                  context: { cluster: mock, user: mock, namespace: nexus-prod }
                current-context: mock
                users:
                - name: mock
                  user: { token: not-a-secret }
                """.formatted(client.getMasterUrl()));
    }

    @Test
    void shouldShowTheRollbackPreviewAndAskToConfirmWhenAResponderRollsBackFromTheConsole() throws Exception {
        new Cluster(client).threeDeploys();
        Map<String, String> env = Map.of("NEXUS_CONFIG", Path.of("nexus.example.yml").toAbsolutePath().toString(),
                "KUBECONFIG", kubeconfig().toString(), "HOME", dir.toString());

        var result = NexusProcess.run(dir, env, "/nexus declare sev2 Checkout errors\n/nexus rollback core-api\n",
                "console", "--as", "U0000000001");

        assertThat(result.stderr()).contains("Kubernetes: available");
        assertThat(result.stdout()).doesNotContain("Denied")
                .contains("Revision 3 (api=repo/api:3) → revision 2 (api=repo/api:2)")
                .containsPattern("confirm \\S+");
    }
}
