package com.nexus.chatops.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.TestIncidents;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An incident's timeline in the store, on SQLite and on the real PostgreSQL. */
class TimelineRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRecordATimelineEntryOnceAndListThemInOrderWhenEventsRepeat(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            var incidents = new IncidentRepository(store.database().jdbc(), Clock.systemUTC());
            var timeline = new TimelineRepository(store.database().jdbc());
            long id = TestIncidents.stored(incidents, 1, "sev2", T0, "C0INC001").id();

            boolean first = timeline.append(new TimelineEntry(id, T0.plusSeconds(60), "pin", "U1", "pinned", "Ev1"));
            boolean repeat = timeline.append(new TimelineEntry(id, T0.plusSeconds(60), "pin", "U1", "pinned", "Ev1"));
            timeline.append(new TimelineEntry(id, T0, "declared", "U0ALICE", "declared", null));

            assertThat(first).isTrue();
            assertThat(repeat).isFalse();
            assertThat(timeline.list(id)).extracting(TimelineEntry::kind).containsExactly("declared", "pin");
        }
    }
}
