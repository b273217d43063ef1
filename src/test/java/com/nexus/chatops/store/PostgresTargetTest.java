package com.nexus.chatops.store;

import com.nexus.chatops.testing.PostgresTarget;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** An unreachable PostgreSQL skips its tests locally but fails them on CI. */
class PostgresTargetTest {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/test?user=postgres";

    @Test
    void shouldSkipWhenPostgresIsUnreachableOutsideCi() {
        assertThatThrownBy(() -> PostgresTarget.requireReachable(UNREACHABLE, Map.of()))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("unreachable");
    }

    @Test
    void shouldFailWhenPostgresIsUnreachableOnCi() {
        assertThatThrownBy(() -> PostgresTarget.requireReachable(UNREACHABLE, Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("CI=true");
    }
}
