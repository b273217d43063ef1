package com.nexus.chatops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The audit log only grows, along one unforked chain. */
interface AuditLogContract extends StoreBackend {

    String GENESIS = "0".repeat(64);

    @Test
    default void shouldRefuseToRewriteOrDeleteAuditEntriesWhenTheyExist() {
        Jdbc jdbc = store().jdbc();
        Fixtures.audit(jdbc, 1, GENESIS, "h1");

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET outcome = 'forged' WHERE seq = 1"))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log"))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThat(jdbc.query("SELECT outcome FROM audit_log", row -> row.getString(1))).containsExactly("ok");
    }

    @Test
    default void shouldRejectSecondWriterWhenBothExtendTheSameEntry() {
        // Given one entry at the head of the chain
        Jdbc jdbc = store().jdbc();
        Fixtures.audit(jdbc, 1, GENESIS, "h1");
        Fixtures.audit(jdbc, 2, "h1", "h2");

        // Then a replica that raced on the same head can neither reuse the number nor fork the chain
        assertThatThrownBy(() -> Fixtures.audit(jdbc, 2, "h1", "h2-other"))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> Fixtures.audit(jdbc, 3, "h1", "h3"))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(jdbc.query("SELECT hash FROM audit_log ORDER BY seq", row -> row.getString(1)))
                .containsExactly("h1", "h2");
    }
}
