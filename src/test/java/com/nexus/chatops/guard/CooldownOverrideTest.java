package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.Harness.INCIDENT_CHANNEL;
import static com.nexus.chatops.guard.Harness.LEAD;
import static com.nexus.chatops.guard.Harness.OTHER_RESPONDER;
import static com.nexus.chatops.guard.Harness.RESPONDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.guard.view.ActionMessages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A rollback inside the cooldown, and a lead lifting the cooldown with a reason (nexus.example.yml: leads). */
class CooldownOverrideTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRefuseAndAuditWhenSomeoneOutsideTheLeadsTriesToOverride(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            String held = deniedByCooldown(h);

            String clicked = h.actions.overrideRefusal(held, RESPONDER).orElseThrow();
            String submitted = h.actions.overrideCooldown(held, RESPONDER, "I am sure").text();

            assertThat(clicked).isEqualTo("only members of leads can override a cooldown");
            assertThat(submitted).contains("Cooldown override refused", "only members of leads");
            assertThat(h.infra.executed).hasSize(1);
            assertThat(h.audit()).filteredOn(r -> r.record().reason().startsWith("cooldown override refused"))
                    .hasSize(2).allSatisfy(r -> {
                        assertThat(r.record().actor()).isEqualTo(RESPONDER);
                        assertThat(r.record().verdict()).isEqualTo("deny");
                    });
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldReissueForTheRequesterWithTheReasonWhenALeadOverrides(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            String held = deniedByCooldown(h);

            String answer = h.actions.overrideCooldown(held, LEAD, "bad deploy is still serving 5xx").text();
            PendingAction fresh = awaiting(h).get(0);
            String confirmed = h.actions.confirm(h.click(OTHER_RESPONDER, fresh.id())).text();

            assertThat(answer).contains("You overrode the cooldown", "Confirmation posted");
            assertThat(fresh.requester()).isEqualTo(OTHER_RESPONDER);
            assertThat(ActionMessages.preview(fresh)).contains("Cooldown overridden by <@" + LEAD + ">: bad deploy is"
                    + " still serving 5xx");
            assertThat(confirmed).contains("ran");
            assertThat(h.infra.executed).hasSize(2);
            assertThat(h.audit()).anySatisfy(r -> {
                assertThat(r.record().actor()).isEqualTo(LEAD);
                assertThat(r.record().verdict()).isEqualTo("override");
                assertThat(r.record().reason()).isEqualTo("cooldown overridden by " + LEAD
                        + ": bad deploy is still serving 5xx");
            });
            assertThat(h.actions.overrideCooldown(held, LEAD, "again").text()).contains("already overridden");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRequireAReasonAndNeverRunTheHeldRequestOnAConfirmClick(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            String held = deniedByCooldown(h);
            h.clock.advance(Duration.ofSeconds(120));

            String blank = h.actions.overrideCooldown(held, LEAD, "   ").text();
            String forged = h.actions.confirm(h.click(OTHER_RESPONDER, held)).text();

            assertThat(blank).contains("a reason is required");
            assertThat(forged).contains("Confirm refused", "denied by the cooldown");
            assertThat(h.infra.executed).hasSize(1);
            assertThat(awaiting(h)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldLetALeadOverrideTheirOwnCooldownWithAReason(String backend) {
        try (Harness h = new Harness(backend, dir)) {
            h.incident("sev2");
            h.rollback(LEAD, INCIDENT_CHANNEL);
            h.actions.confirm(h.click(LEAD, h.onlyPending().id()));
            h.rollback(LEAD, INCIDENT_CHANNEL);

            String answer = h.actions.overrideCooldown(heldId(h), LEAD, "first rollback picked the wrong revision")
                    .text();

            assertThat(answer).contains("You overrode the cooldown");
            assertThat(awaiting(h)).singleElement().satisfies(p -> assertThat(p.requester()).isEqualTo(LEAD));
        }
    }

    /** A rollback ran; a minute later another responder's rollback is denied by the cooldown. */
    private static String deniedByCooldown(Harness h) {
        h.incident("sev2");
        h.rollback(RESPONDER, INCIDENT_CHANNEL);
        h.actions.confirm(h.click(RESPONDER, h.onlyPending().id()));
        h.clock.advance(Duration.ofSeconds(60));
        String denied = h.rollback(OTHER_RESPONDER, INCIDENT_CHANNEL).text();
        assertThat(denied).contains("Denied", "A lead can override the cooldown");
        assertThat(h.slack.of("post")).anySatisfy(s -> assertThat(s.text()).contains("was denied", "Override cooldown"));
        return heldId(h);
    }

    private static String heldId(Harness h) {
        return h.store.database().jdbc().queryFirst("SELECT id FROM pending_actions WHERE params LIKE ?",
                r -> r.getString(1), "%\"held\"%").orElseThrow();
    }

    /** Pending actions waiting for a Confirm that are not held cooldown denials. */
    private static List<PendingAction> awaiting(Harness h) {
        return h.store.database().jdbc().query("SELECT id FROM pending_actions WHERE state = 'pending'",
                r -> h.actions.pending().find(r.getString(1)).orElseThrow()).stream()
                .filter(p -> !p.held()).toList();
    }
}
