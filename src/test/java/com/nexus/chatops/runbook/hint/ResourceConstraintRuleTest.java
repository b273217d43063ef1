package com.nexus.chatops.runbook.hint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.config.Replicas;
import com.nexus.chatops.runbook.Signal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "If resource constraint: Scale pods" from replicas against nexus.yml's bounds, readiness and restarts. */
class ResourceConstraintRuleTest {
    private static final Instant NOW = Instant.parse("2026-01-03T10:05:00Z");
    private static final Replicas CORE_API = new Replicas(3, 5);

    private static PodState pod(String name, boolean ready, int restarts, String last) {
        return new PodState(name, ready, restarts, Optional.ofNullable(last), Optional.of(NOW.minusSeconds(120)));
    }

    private static Optional<Hint> evaluate(int desired, int ready, List<PodState> pods) {
        Facts facts = Facts.at(NOW.minusSeconds(600), NOW)
                .withWorkload(new Workload("nexus-core-api", desired, ready, CORE_API, pods));
        return DecisionHints.evaluate(Signal.RESOURCE_CONSTRAINT, facts, HintSettings.DEFAULTS);
    }

    @Test
    void shouldOfferTheUpperBoundWithTheEvidenceWhenPodsAreNotReadyAndRestarting() {
        Hint hint = evaluate(3, 2, List.of(pod("nexus-core-api-a", true, 0, null),
                pod("nexus-core-api-b", true, 0, null), pod("nexus-core-api-c", false, 5, "Error"))).orElseThrow();

        assertThat(hint).isInstanceOf(Hint.ScaleUp.class);
        assertThat(((Hint.ScaleUp) hint).to()).isEqualTo(5);
        assertThat(hint.explain()).isEqualTo("nexus-core-api runs 3 of at most 5 replicas and 1 of 3 are not ready,"
                + " 1 pod restarts again and again; scaling to 5 stays within its bounds (3\u20135)");
        assertThat(hint.recommends()).isTrue();
    }

    @Test
    void shouldSayItIsAtTheMaximumInsteadOfOfferingAScaleWhenAlreadyAtTheBound() {
        Hint hint = evaluate(5, 4, List.of(pod("nexus-core-api-a", false, 0, null))).orElseThrow();

        assertThat(hint).isInstanceOf(Hint.AtMaximum.class);
        assertThat(hint.recommends()).isFalse();
        assertThat(hint.explain()).isEqualTo("nexus-core-api already runs its maximum of 5 replicas (nexus.yml) and"
                + " 1 of 5 are not ready; scaling further needs a higher bound");
    }

    @Test
    void shouldCountMemoryKillsAsEvidenceWhenContainersWereOomKilled() {
        Hint hint = evaluate(3, 3, List.of(pod("nexus-core-api-a", true, 1, "OOMKilled"))).orElseThrow();

        assertThat(hint.explain()).contains("1 pod was killed for memory");
    }

    @Test
    void shouldStaySilentWhenEveryPodIsReadyAndStable() {
        assertThat(evaluate(3, 3, List.of(pod("nexus-core-api-a", true, 0, null),
                pod("nexus-core-api-b", true, 2, "Completed")))).isEmpty();
        assertThat(DecisionHints.evaluate(Signal.RESOURCE_CONSTRAINT, Facts.at(NOW, NOW), HintSettings.DEFAULTS))
                .isEmpty();
    }
}
