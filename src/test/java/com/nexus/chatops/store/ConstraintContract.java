package com.nexus.chatops.store;

import static com.nexus.chatops.store.ConstraintViolationException.Kind.CHECK;
import static com.nexus.chatops.store.ConstraintViolationException.Kind.FOREIGN_KEY;
import static com.nexus.chatops.store.ConstraintViolationException.Kind.UNIQUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.store.ConstraintViolationException.Kind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The schema itself enforces the exactly-once rules later features rely on, on both backends. */
interface ConstraintContract extends StoreBackend {

    @Test
    default void shouldRejectSecondIncidentWhenDeclareKeyRepeats() {
        Jdbc jdbc = store().jdbc();
        Fixtures.incident(jdbc, "slash:trigger-1", "2025-03-14", 1, "incident-20250314-001");

        assertViolation(UNIQUE, () -> Fixtures.incident(jdbc, "slash:trigger-1", "2025-03-14", 2,
                "incident-20250314-002"));
    }

    @Test
    default void shouldRejectIncidentWhenDayAndNumberAreTaken() {
        Jdbc jdbc = store().jdbc();
        Fixtures.incident(jdbc, "k1", "2025-03-14", 1, "incident-20250314-001");

        assertViolation(UNIQUE, () -> Fixtures.incident(jdbc, "k2", "2025-03-14", 1, "other-channel"));
        assertThat(Fixtures.incident(jdbc, "k3", "2025-03-15", 1, "incident-20250315-001")).isPositive();
    }

    @Test
    default void shouldRejectIncidentWhenChannelNameIsTaken() {
        Jdbc jdbc = store().jdbc();
        Fixtures.incident(jdbc, "k1", "2025-03-14", 1, "incident-20250314-001");

        assertViolation(UNIQUE, () -> Fixtures.incident(jdbc, "k2", "2025-03-14", 2, "incident-20250314-001"));
    }

    @Test
    default void shouldAllowManyIncidentsWithoutChannelIdButNotTwoWithTheSameOne() {
        Jdbc jdbc = store().jdbc();
        long first = Fixtures.incident(jdbc, 1);
        long second = Fixtures.incident(jdbc, 2);
        jdbc.update("UPDATE incidents SET channel_id = 'C0123', pagerduty_incident_id = 'PX1' WHERE id = ?", first);

        assertViolation(UNIQUE, () -> jdbc.update("UPDATE incidents SET channel_id = 'C0123' WHERE id = ?", second));
        assertViolation(UNIQUE,
                () -> jdbc.update("UPDATE incidents SET pagerduty_incident_id = 'PX1' WHERE id = ?", second));
    }

    @Test
    default void shouldRecordTimelineEventOnceWhenSameDedupeKeyArrivesAgain() {
        Jdbc jdbc = store().jdbc();
        long id = Fixtures.incident(jdbc, 1);
        Fixtures.timelineEvent(jdbc, id, "pd:ack:Q1");

        assertViolation(UNIQUE, () -> Fixtures.timelineEvent(jdbc, id, "pd:ack:Q1"));
        assertThat(jdbc.update("INSERT INTO timeline_events (incident_id, at, kind, text, dedupe_key) "
                + "VALUES (?, 1, 'note', 'again', 'pd:ack:Q1') ON CONFLICT (incident_id, dedupe_key) DO NOTHING", id))
                .isZero();
        // events without a key are never deduplicated
        assertThat(Fixtures.timelineEvent(jdbc, id, null) + Fixtures.timelineEvent(jdbc, id, null)).isEqualTo(2);
    }

    @Test
    default void shouldRejectTimelineEventWhenIncidentDoesNotExist() {
        assertViolation(FOREIGN_KEY, () -> Fixtures.timelineEvent(store().jdbc(), 999_999L, "x"));
    }

    @Test
    default void shouldCountEachApproverOnceWhenTheyApproveTwice() {
        Jdbc jdbc = store().jdbc();
        Fixtures.pendingAction(jdbc, "pa_7Hq2", "pending");
        jdbc.update("INSERT INTO approvals (pending_id, approver, at) VALUES ('pa_7Hq2', 'U_LEAD', 1)");

        assertViolation(UNIQUE,
                () -> jdbc.update("INSERT INTO approvals (pending_id, approver, at) VALUES ('pa_7Hq2', 'U_LEAD', 2)"));
        assertViolation(FOREIGN_KEY,
                () -> jdbc.update("INSERT INTO approvals (pending_id, approver, at) VALUES ('nope', 'U_LEAD', 2)"));
    }

    @Test
    default void shouldRejectPendingActionWhenStateIsUnknownToNexus() {
        assertViolation(CHECK, () -> Fixtures.pendingAction(store().jdbc(), "pa_1", "approvd"));
    }

    @Test
    default void shouldScheduleReminderOnceWhenSameKindAndTimeRepeat() {
        Jdbc jdbc = store().jdbc();
        long id = Fixtures.incident(jdbc, 1);
        Fixtures.reminder(jdbc, id, "update", Fixtures.T0);

        assertViolation(UNIQUE, () -> Fixtures.reminder(jdbc, id, "update", Fixtures.T0));
        assertThat(Fixtures.reminder(jdbc, id, "update", Fixtures.T0 + 1_800_000)).isEqualTo(1);
        assertViolation(FOREIGN_KEY, () -> Fixtures.reminder(jdbc, 999_999L, "update", Fixtures.T0));
    }

    @Test
    default void shouldRollBackEveryWriteWhenTransactionFails() {
        Jdbc jdbc = store().jdbc();

        assertViolation(UNIQUE, () -> jdbc.inTransaction(tx -> {
            Fixtures.incident(tx, 1);
            return Fixtures.incident(tx, 1);
        }));
        assertThat(jdbc.query("SELECT id FROM incidents", row -> row.getLong(1))).isEmpty();
    }

    private static void assertViolation(Kind kind, ThrowingCallable write) {
        assertThatThrownBy(write).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
