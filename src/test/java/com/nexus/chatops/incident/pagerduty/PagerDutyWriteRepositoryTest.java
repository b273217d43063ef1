package com.nexus.chatops.incident.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.testing.SettableClock;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Stored PagerDuty writes: leases, retries, outcomes and echo matching, on SQLite and PostgreSQL. */
class PagerDutyWriteRepositoryTest {
    static final Duration LEASE = Duration.ofMinutes(2);
    static final String ADA = "ada@example.com";

    @TempDir
    Path dir;
    final SettableClock clock = new SettableClock(PagerDutyLinkRepositoryTest.T0);

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldHandAWriteToOneCallerOnlyOnceItsLeaseRunsOutWhenTwoClaimIt(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            Incident incident = PagerDutyLinkRepositoryTest.incident(new IncidentRepository(store.database().jdbc(), clock), 1);
            PagerDutyWriteRepository writes = new PagerDutyWriteRepository(store.database().jdbc(), clock);
            PagerDutyWriteRepository replica = new PagerDutyWriteRepository(store.database().jdbc(), clock);
            PagerDutyWrite w = writes.record(incident.id(), "P1", PagerDutyWrite.Kind.RESOLVE, ADA, "Rolled back", "U0ADA", LEASE);

            assertThat(writes.claimDue(LEASE, 10)).isEmpty();
            clock.advance(LEASE);
            assertThat(writes.claimDue(LEASE, 10)).singleElement().satisfies(due -> {
                assertThat(due.id()).isEqualTo(w.id());
                assertThat(due.kind()).isEqualTo(PagerDutyWrite.Kind.RESOLVE);
                assertThat(due.content()).isEqualTo("Rolled back");
                assertThat(due.from()).isEqualTo(ADA);
            });
            assertThat(replica.claimDue(LEASE, 10)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRetryAtTheGivenTimeAndStopClaimingWhenTheWriteIsDoneOrFailed(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            Incident incident = PagerDutyLinkRepositoryTest.incident(new IncidentRepository(store.database().jdbc(), clock), 1);
            PagerDutyWriteRepository writes = new PagerDutyWriteRepository(store.database().jdbc(), clock);
            PagerDutyWrite done = writes.record(incident.id(), "P1", PagerDutyWrite.Kind.ACKNOWLEDGE, ADA, null, "U0ADA", LEASE);
            PagerDutyWrite failed = writes.record(incident.id(), "P2", PagerDutyWrite.Kind.NOTE, ADA, "note", "U0ADA", LEASE);

            writes.retryAt(done, clock.instant().plusSeconds(30), "HTTP 500");
            writes.retryAt(failed, clock.instant().plusSeconds(30), "HTTP 500");
            clock.advance(Duration.ofSeconds(30));
            assertThat(writes.claimDue(LEASE, 10)).extracting(PagerDutyWrite::attempts).containsExactly(1, 1);

            clock.advance(LEASE);
            writes.done(new PagerDutyWrite(done.id(), done.incidentId(), "P1", done.kind(), ADA, null, "U0ADA", 1));
            writes.failed(new PagerDutyWrite(failed.id(), failed.incidentId(), "P2", failed.kind(), ADA, "note", "U0ADA", 1),
                    "HTTP 400");

            assertThat(writes.claimDue(LEASE, 10)).isEmpty();
            assertThat(writes.state(done.id())).contains(PagerDutyWriteRepository.DONE);
            assertThat(writes.state(failed.id())).contains(PagerDutyWriteRepository.FAILED);
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldMatchEachWriteToOneEchoFromItsAuthorWhenPagerDutyEchoesIt(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            Incident incident = PagerDutyLinkRepositoryTest.incident(new IncidentRepository(store.database().jdbc(), clock), 1);
            PagerDutyWriteRepository writes = new PagerDutyWriteRepository(store.database().jdbc(), clock);
            writes.record(incident.id(), "P1", PagerDutyWrite.Kind.ACKNOWLEDGE, ADA, null, "U0ADA", LEASE);

            assertThat(writes.consumeEcho("P1", PagerDutyWrite.Kind.RESOLVE, ADA)).isFalse();
            assertThat(writes.consumeEcho("P1", PagerDutyWrite.Kind.ACKNOWLEDGE, "bob@example.com")).isFalse();
            assertThat(writes.consumeEcho("P1", PagerDutyWrite.Kind.ACKNOWLEDGE, "ADA@Example.com")).isTrue();
            assertThat(writes.consumeEcho("P1", PagerDutyWrite.Kind.ACKNOWLEDGE, ADA)).isFalse();

            writes.record(incident.id(), "P1", PagerDutyWrite.Kind.NOTE, ADA, "note", "U0ADA", LEASE);
            assertThat(writes.consumeEcho("P1", PagerDutyWrite.Kind.NOTE, null)).isTrue();
            assertThat(writes.consumeEcho("P1", PagerDutyWrite.Kind.NOTE, null)).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldTreatAWebhookAsPagerDutysOwnWhenTheMatchingWriteFailedOrIsOverAnHourOld(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            Incident incident = PagerDutyLinkRepositoryTest.incident(new IncidentRepository(store.database().jdbc(), clock), 1);
            PagerDutyWriteRepository writes = new PagerDutyWriteRepository(store.database().jdbc(), clock);
            PagerDutyWrite refused = writes.record(incident.id(), "P1", PagerDutyWrite.Kind.RESOLVE, ADA, null, "U0ADA", LEASE);
            writes.failed(refused, "HTTP 400: Incident Already Resolved");
            writes.record(incident.id(), "P2", PagerDutyWrite.Kind.RESOLVE, ADA, null, "U0ADA", LEASE);

            clock.advance(Duration.ofMinutes(61));

            assertThat(writes.consumeEcho("P1", PagerDutyWrite.Kind.RESOLVE, ADA)).isFalse();
            assertThat(writes.consumeEcho("P2", PagerDutyWrite.Kind.RESOLVE, ADA)).isFalse();
        }
    }
}
