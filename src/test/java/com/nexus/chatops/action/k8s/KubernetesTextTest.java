package com.nexus.chatops.action.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kubectl-shaped text responders read in Slack. */
class KubernetesTextTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void shouldPrintKubectlPodColumnsWhenListingPods() {
        String text = KubernetesText.pods(List.of(
                new PodRow("core-api-h3-aaaaa", "2/2", "Running", 0, Duration.ofMinutes(42), "node-1"),
                new PodRow("core-api-h3-bbbbb", "0/2", "CrashLoopBackOff", 17, Duration.ofHours(30), "<none>")));

        assertThat(text.lines()).containsExactly(
                "NAME  READY  STATUS  RESTARTS  AGE  NODE",
                "core-api-h3-aaaaa  2/2  Running  0  42m  node-1",
                "core-api-h3-bbbbb  0/2  CrashLoopBackOff  17  30h  <none>");
    }

    @Test
    void shouldShowAgesAsKubectlDoesWhenDurationsVary() {
        assertThat(KubernetesText.age(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(KubernetesText.age(Duration.ofMinutes(119))).isEqualTo("119m");
        assertThat(KubernetesText.age(Duration.ofMinutes(120))).isEqualTo("2h");
        assertThat(KubernetesText.age(Duration.ofHours(47))).isEqualTo("47h");
        assertThat(KubernetesText.age(Duration.ofDays(9))).isEqualTo("9d");
    }

    @Test
    void shouldListWarningsBeforeNormalEventsAndKeepOrderWithinEach() {
        String text = KubernetesText.events(List.of(
                new EventRow("Normal", "Pulled", "Pod/a", "pulled image", 1, Optional.of(T)),
                new EventRow("Warning", "BackOff", "Pod/a", "back-off restarting", 5, Optional.of(T)),
                new EventRow("Normal", "Scheduled", "Pod/b", "assigned", 1, Optional.of(T)),
                new EventRow("Warning", "FailedCreate", "ReplicaSet/r", "quota exceeded", 1, Optional.of(T))));

        assertThat(text.lines()).containsExactly(
                "TYPE  REASON  OBJECT  MESSAGE",
                "Warning  BackOff  Pod/a  back-off restarting (x5)",
                "Warning  FailedCreate  ReplicaSet/r  quota exceeded",
                "Normal  Pulled  Pod/a  pulled image",
                "Normal  Scheduled  Pod/b  assigned");
    }

    @Test
    void shouldMarkTheCurrentRevisionAndSayNoneWhenChangeCauseIsMissing() {
        String text = KubernetesText.history(List.of(
                new Revision(2, "rs-2", List.of("api=repo/api:2"), Optional.empty(), Optional.of(T), false),
                new Revision(3, "rs-3", List.of("api=repo/api:3", "proxy=repo/proxy:1"),
                        Optional.of("deploy 3 by carol"), Optional.empty(), true)));

        assertThat(text.lines()).containsExactly(
                "REVISION  IMAGES  CHANGE-CAUSE  CREATED",
                "2  api=repo/api:2  <none>  2026-03-01T10:00:00Z",
                "3 (current)  api=repo/api:3, proxy=repo/proxy:1  deploy 3 by carol  ?");
    }

    @Test
    void shouldShowFromAndToWithImagesAndTheCurrentAgeWhenPreviewingRollback() {
        Revision current = new Revision(3, "rs-3", List.of("api=repo/api:3"), Optional.of("deploy 3 by carol"),
                Optional.of(T), true);
        Revision target = new Revision(2, "rs-2", List.of("api=repo/api:2"), Optional.empty(), Optional.of(T), false);

        String text = KubernetesText.rollback(new RollbackPreview("nexus-prod", "nexus-core-api", current, target,
                Optional.of(Duration.ofMinutes(12)), List.of(2, 3)));

        assertThat(text).isEqualTo("Revision 3 (api=repo/api:3) → revision 2 (api=repo/api:2)\n"
                + "Current revision rolled out 12m ago (deploy 3 by carol)");
    }

    @Test
    void shouldNameTheLastConditionMessageWhenTheRolloutIsStuck() {
        Condition progressing = new Condition("Progressing", "True", "ReplicaSetUpdated",
                "ReplicaSet \"core-api-h4\" is progressing.");

        String stuck = KubernetesText.rollout(new RolloutStatus("ns", "d", 2, 2, 3, 4, 1, 3, 3,
                List.of(progressing), true, progressing.message()));
        String done = KubernetesText.rollout(new RolloutStatus("ns", "d", 2, 2, 3, 3, 3, 3, 3,
                List.of(progressing), false, progressing.message()));

        assertThat(stuck).isEqualTo(":warning: Rollout stuck at the deadline: 1 updated, 3 ready, 3 available of 3"
                + " — ReplicaSet \"core-api-h4\" is progressing.");
        assertThat(done).isEqualTo(":white_check_mark: Rollout complete: 3 updated, 3 ready, 3 available of 3");
    }

    @Test
    void shouldNotLetOutputCloseTheCodeBlockWhenItContainsBackticks() {
        assertThat(KubernetesText.block("a```b")).isEqualTo("```aʼʼʼb```");
    }
}
