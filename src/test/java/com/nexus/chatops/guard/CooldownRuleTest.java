package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.PolicyFixture.EXAMPLE;
import static com.nexus.chatops.guard.PolicyFixture.LEAD;
import static com.nexus.chatops.guard.PolicyFixture.RESPONDER;
import static com.nexus.chatops.guard.PolicyFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.testing.SettableClock;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cooldown: the same action on the same service waits out policy rule 2's 120 s since the last run started. */
class CooldownRuleTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final ActionRequest restart = new ActionRequest.Restart("core-api");

    @TempDir
    Path dir;

    @Test
    void shouldAllowTheFirstRun() {
        try (var store = TestStores.sqlite(dir)) {
            Verdict v = new CooldownRule(new PendingActions(store.database().jdbc()), clock)
                    .check(context(RESPONDER, "sev2", restart));

            assertThat(v.reason()).isEqualTo("no earlier run of k8s.restart on core-api");
        }
    }

    @Test
    void shouldDenyARunInsideTheCooldownAndSayHowLongToWait() {
        try (var store = TestStores.sqlite(dir)) {
            PendingActions pending = new PendingActions(store.database().jdbc());
            started(pending, restart);
            clock.advance(Duration.ofSeconds(60));

            Verdict v = new CooldownRule(pending, clock).check(context(RESPONDER, "sev2", restart));

            assertThat(v.denied()).isTrue();
            assertThat(v.reason()).contains("k8s.restart last ran on core-api 60 s ago (requested by " + RESPONDER
                    + ")").contains("wait 61 s");
        }
    }

    @Test
    void shouldAllowAgainOnceTheCooldownHasPassed() {
        try (var store = TestStores.sqlite(dir)) {
            PendingActions pending = new PendingActions(store.database().jdbc());
            started(pending, restart);
            clock.advance(Duration.ofSeconds(120));

            assertThat(new CooldownRule(pending, clock).check(context(RESPONDER, "sev2", restart)).denied()).isFalse();
        }
    }

    @Test
    void shouldAllowInsideTheCooldownWhenALeadOverrodeIt() {
        try (var store = TestStores.sqlite(dir)) {
            PendingActions pending = new PendingActions(store.database().jdbc());
            started(pending, restart);

            Verdict v = new CooldownRule(pending, clock).check(context(EXAMPLE, RESPONDER, "sev2", restart,
                    Optional.of(new CooldownOverride(LEAD, "the first restart hung"))));

            assertThat(v.denied()).isFalse();
            assertThat(v.reason()).isEqualTo("overridden by " + LEAD + ": the first restart hung");
        }
    }

    private void started(PendingActions pending, ActionRequest request) {
        Attempt a = context(RESPONDER, null, request).attempt();
        PendingAction p = pending.create(a, request, false, new Decision(List.of()), "preview", clock.instant(),
                clock.instant().plus(Duration.ofMinutes(5)));
        pending.claim(p.id(), PendingState.PENDING, clock.instant());
    }
}
