package com.nexus.chatops.action.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.config.Replicas;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Read-only checks against a real cluster, through the same {@link Deployments#connect()} nexus serve uses (the
 * current kubeconfig context, else the in-cluster service account). Nothing here writes. Excluded from the normal
 * build; run them with
 * <pre>
 * NEXUS_LIVE_NAMESPACE=nexus-prod NEXUS_LIVE_DEPLOYMENT=nexus-core-api \
 *   mvn -B test -Dnexus.excludedGroups= -Dgroups=live
 * </pre>
 * They are skipped, saying why, when either variable is unset.
 */
@Tag("live")
class LiveClusterTest {
    private Deployments deployments;
    private Kubernetes target;

    @BeforeEach
    void connect() {
        String namespace = System.getenv("NEXUS_LIVE_NAMESPACE");
        String deployment = System.getenv("NEXUS_LIVE_DEPLOYMENT");
        assumeTrue(namespace != null && !namespace.isBlank() && deployment != null && !deployment.isBlank(),
                "set NEXUS_LIVE_NAMESPACE and NEXUS_LIVE_DEPLOYMENT to a deployment the current kubeconfig context"
                        + " can read, to run the live tests");
        target = new Kubernetes(namespace, deployment, Optional.empty(), new Replicas(1, 1_000));
        deployments = Deployments.connect();
    }

    @AfterEach
    void close() {
        if (deployments != null) {
            deployments.close();
        }
    }

    @Test
    void shouldListThePodsOfTheDeploymentWhenTheClusterIsReachable() {
        List<PodRow> pods = deployments.pods(target);

        assertThat(pods).allSatisfy(p -> {
            assertThat(p.name()).isNotBlank();
            assertThat(p.ready()).matches("\\d+/\\d+");
            assertThat(p.restarts()).isNotNegative();
        });
    }

    @Test
    void shouldShowExactlyOneCurrentRevisionWhenReadingHistory() {
        List<Revision> history = deployments.history(target);

        assertThat(history).isNotEmpty();
        assertThat(history).filteredOn(Revision::current).hasSize(1);
        assertThat(history).allSatisfy(r -> assertThat(r.images()).isNotEmpty());
    }

    @Test
    void shouldReadEventsAndRolloutStatusWithoutChangingAnything() {
        List<EventRow> events = deployments.events(target);
        RolloutStatus status = deployments.status(target);

        assertThat(events).allSatisfy(e -> assertThat(e.type()).isNotBlank());
        assertThat(status.deployment()).isEqualTo(target.deployment());
        assertThat(status.desired()).isNotNegative();
    }
}
