package com.nexus.chatops.action.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Task definition ARNs as responders name them, and manual snapshot ids as the runbooks name them. */
class NamesTest {

    @Test
    void shouldReadFamilyAndRevisionWhenEcsGivesATaskDefinitionArn() {
        TaskDefinition td = TaskDefinition.of("arn:aws:ecs:us-west-2:123456789012:task-definition/nexus-platform:42");

        assertThat(td.family()).isEqualTo("nexus-platform");
        assertThat(td.revision()).isEqualTo(42);
        assertThat(td.label()).isEqualTo("nexus-platform:42");
    }

    @Test
    void shouldKeepTheTextWhenATaskDefinitionHasNoRevision() {
        assertThat(TaskDefinition.of("nexus-platform").label()).isEqualTo("nexus-platform");
        assertThat(TaskDefinition.of(null).label()).isEmpty();
    }

    @Test
    void shouldNameManualSnapshotsAfterTheRunbooksInUtcWhenCreatingOne() {
        assertThat(SnapshotNames.at(Instant.parse("2026-03-07T23:04:05Z"))).isEqualTo("nexus-manual-20260307-230405");
    }

    @Test
    void shouldAcceptOnlyIdsRdsAcceptsWhenCheckingASnapshotId() {
        assertThat(SnapshotNames.valid("nexus-manual-20260307-230405")).isTrue();
        assertThat(SnapshotNames.valid("1-starts-with-digit")).isFalse();
        assertThat(SnapshotNames.valid("double--hyphen")).isFalse();
        assertThat(SnapshotNames.valid("ends-with-hyphen-")).isFalse();
        assertThat(SnapshotNames.valid("a".repeat(256))).isFalse();
    }
}
