package com.nexus.chatops.runbook.hint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.runbook.Signal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "If recent deployment: Rollback" on a Deployment's revisions and an ECS service's deployments. */
class RecentDeployRuleTest {
    private static final Instant STARTED = Instant.parse("2026-01-03T10:00:00Z");
    private static final Facts FACTS = Facts.at(STARTED, STARTED.plusSeconds(60));

    private static Rollout revision(String number, Duration before, String by) {
        return new Rollout(Rollout.Kind.REVISION, "nexus-core-api", number, STARTED.minus(before),
                Optional.ofNullable(by));
    }

    private static Optional<Hint> evaluate(Facts facts) {
        return DecisionHints.evaluate(Signal.RECENT_DEPLOY, facts, HintSettings.DEFAULTS);
    }

    @Test
    void shouldNameTheRevisionItsAgeAndItsAuthorWhenItRolledOutTenMinutesBefore() {
        Facts facts = FACTS.withRollouts(revision("42", Duration.ofMinutes(10), "jane@nexus.test"),
                Optional.of(revision("41", Duration.ofDays(3), null)));

        Hint hint = evaluate(facts).orElseThrow();

        assertThat(hint.explain()).isEqualTo("nexus-core-api revision 42 rolled out 10 min before the incident"
                + " started, by jane@nexus.test; rolling back returns to nexus-core-api revision 41");
        assertThat(hint.recommends()).isTrue();
    }

    @Test
    void shouldStaySilentWhenTheCurrentRevisionIsThreeDaysOld() {
        Facts facts = FACTS.withRollouts(revision("42", Duration.ofDays(3), null), Optional.empty());

        assertThat(evaluate(facts)).isEmpty();
    }

    @Test
    void shouldCountTheWindowInclusivelyWhenTheRolloutIsExactlyAnHourOld() {
        assertThat(evaluate(FACTS.withRollouts(revision("42", Duration.ofMinutes(60), null), Optional.empty())))
                .isPresent();
        assertThat(evaluate(FACTS.withRollouts(revision("42", Duration.ofMinutes(61), null), Optional.empty())))
                .isEmpty();
        HintSettings wider = new HintSettings(Duration.ofHours(2), 3, Duration.ofMinutes(10));
        assertThat(DecisionHints.evaluate(Signal.RECENT_DEPLOY,
                FACTS.withRollouts(revision("42", Duration.ofMinutes(90), null), Optional.empty()), wider)).isPresent();
    }

    @Test
    void shouldNotSuspectARolloutThatCameAfterTheIncidentStarted() {
        Facts facts = FACTS.withRollouts(revision("43", Duration.ofMinutes(-5), "someone fixing it"), Optional.empty());

        assertThat(evaluate(facts)).isEmpty();
    }

    @Test
    void shouldNameTheTaskDefinitionAndPointAtEcsStatusWhenTheServiceRunsOnEcs() {
        Rollout ecs = new Rollout(Rollout.Kind.ECS_DEPLOYMENT, "platform", "nexus-platform:42",
                STARTED.minus(Duration.ofMinutes(95)), Optional.empty());
        Rollout before = new Rollout(Rollout.Kind.ECS_DEPLOYMENT, "platform", "nexus-platform:41",
                STARTED.minus(Duration.ofDays(2)), Optional.empty());

        Hint hint = DecisionHints.evaluate(Signal.RECENT_DEPLOY, FACTS.withRollouts(ecs, Optional.of(before)),
                new HintSettings(Duration.ofHours(2), 3, Duration.ofMinutes(10))).orElseThrow();

        assertThat(hint.explain()).isEqualTo("platform task definition nexus-platform:42 deployed"
                + " 1 h 35 min before the incident started; it replaces nexus-platform:41");
        assertThat(hint.shownBy()).contains("ecs.status");
    }

    @Test
    void shouldStaySilentWhenNoRolloutCouldBeRead() {
        assertThat(evaluate(FACTS)).isEmpty();
    }
}
