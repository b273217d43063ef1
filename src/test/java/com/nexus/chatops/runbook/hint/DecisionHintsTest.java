package com.nexus.chatops.runbook.hint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.Replicas;
import com.nexus.chatops.runbook.Runbook;
import com.nexus.chatops.runbook.RunbookLoader;
import com.nexus.chatops.runbook.Runbooks;
import com.nexus.chatops.runbook.Step;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped high-error-rate runbook's resolution steps, advised on the facts of an incident on core-api. */
class DecisionHintsTest {
    private static final Runbooks SHIPPED = RunbookLoader.load(Path.of("runbooks"),
            ConfigLoader.load(Path.of("nexus.example.yml")));
    private static final Instant STARTED = Instant.parse("2026-01-03T10:00:00Z");

    private final Runbook highErrorRate = SHIPPED.get("high-error-rate").orElseThrow();
    private final List<Step> coreApiSteps = highErrorRate.stepsFor(
            ConfigLoader.load(Path.of("nexus.example.yml")).service("core-api"));

    @Test
    void shouldAdviseTheRollbackStepWhenCoreApiRolledOutTwelveMinutesBeforeTheAlert() {
        Rollout revision42 = new Rollout(Rollout.Kind.REVISION, "nexus-core-api", "42",
                STARTED.minus(Duration.ofMinutes(12)), Optional.of("jane"));
        Facts facts = Facts.at(STARTED, STARTED.plusSeconds(30)).withRollouts(revision42, Optional.empty());

        List<Advice> advice = DecisionHints.advise(coreApiSteps, facts, HintSettings.DEFAULTS);

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.step().action().orElseThrow().action()).isEqualTo("k8s.rollback");
            assertThat(a.hint().explain()).startsWith("nexus-core-api revision 42 rolled out 12 min before the"
                    + " incident started, by jane");
        });
    }

    @Test
    void shouldAdviseScalingAsWellWhenPodsAreAlsoNotReady() {
        Rollout old = new Rollout(Rollout.Kind.REVISION, "nexus-core-api", "40", STARTED.minus(Duration.ofDays(3)),
                Optional.empty());
        Facts facts = Facts.at(STARTED, STARTED.plusSeconds(30)).withRollouts(old, Optional.empty())
                .withWorkload(new Workload("nexus-core-api", 3, 1, new Replicas(3, 5), List.of()));

        List<Advice> advice = DecisionHints.advise(coreApiSteps, facts, HintSettings.DEFAULTS);

        assertThat(advice).extracting(a -> a.step().key().toString(), a -> a.hint().getClass())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("resolve-3", Hint.ScaleUp.class));
    }

    @Test
    void shouldAdviseNothingWhenTheFactsShowNoneOfTheConditions() {
        Facts quiet = Facts.at(STARTED, STARTED.plusSeconds(30))
                .withWorkload(new Workload("nexus-core-api", 3, 3, new Replicas(3, 5), List.of()));

        assertThat(DecisionHints.advise(highErrorRate.steps(), quiet, HintSettings.DEFAULTS)).isEmpty();
    }
}
