package com.nexus.chatops.incident.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.testing.SettableClock;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which Slack incident each PagerDuty incident belongs to, pages and storm claims, on SQLite and PostgreSQL. */
class PagerDutyLinkRepositoryTest {
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String CORE_API = "PXXXXX4";

    @TempDir
    Path dir;
    final SettableClock clock = new SettableClock(T0);

    static Incident incident(IncidentRepository repo, int seq) {
        String name = "incident-20261124-%03d".formatted(seq);
        Incident created = repo.insertOrGet(new NewIncident("test:" + seq, LocalDate.of(2026, 11, 24), seq, name,
                "Elevated 5xx on core-api", "sev2", "core-api", "U0ALICE", T0, null, null));
        return repo.modify(created.id(), i -> i.withChannel(name, seq, "C0INC00" + seq));
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldLinkAPagerDutyIncidentOnceAndCountOnlyDeclaredAndJoinedAlertsWhenLinksRepeat(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            IncidentRepository repo = new IncidentRepository(store.database().jdbc(), clock);
            PagerDutyLinkRepository links = new PagerDutyLinkRepository(store.database().jdbc(), clock);
            Incident a = incident(repo, 1);
            Incident b = incident(repo, 2);

            assertThat(links.link("P1", a.id(), CORE_API, PagerDutyLinkRepository.DECLARED)).isTrue();
            assertThat(links.link("P1", a.id(), CORE_API, PagerDutyLinkRepository.DECLARED)).isFalse();
            assertThat(links.link("P1", b.id(), CORE_API, PagerDutyLinkRepository.STORM)).isFalse();
            assertThat(links.link("P2", a.id(), CORE_API, PagerDutyLinkRepository.STORM)).isTrue();
            assertThat(links.link("P3", a.id(), CORE_API, PagerDutyLinkRepository.PAGE)).isTrue();

            assertThat(links.incidentOf("P1")).contains(a.id());
            assertThat(links.incidentOf("P9")).isEmpty();
            assertThat(links.alerts(a.id())).isEqualTo(2);
            assertThat(links.alerts(b.id())).isZero();
            assertThat(links.others(a.id(), "P1")).containsExactly("P2", "P3");
            assertThat(links.others(a.id(), null)).containsExactly("P1", "P2", "P3");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldOfferTheStormTargetOnlyWhileItIsOpenAndWithinTheWindow(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            IncidentRepository repo = new IncidentRepository(store.database().jdbc(), clock);
            PagerDutyLinkRepository links = new PagerDutyLinkRepository(store.database().jdbc(), clock);
            Incident older = incident(repo, 1);
            Incident newer = incident(repo, 2);
            links.link("P1", older.id(), CORE_API, PagerDutyLinkRepository.DECLARED);
            clock.advance(Duration.ofMinutes(1));
            links.link("P2", newer.id(), CORE_API, PagerDutyLinkRepository.DECLARED);
            links.link("P3", older.id(), "POTHER1", PagerDutyLinkRepository.DECLARED);

            assertThat(links.stormTarget(CORE_API, WINDOW)).contains(newer.id());

            repo.modify(newer.id(), i -> i.withStatus(Phase.RESOLVED, clock.instant()));
            assertThat(links.stormTarget(CORE_API, WINDOW)).contains(older.id());

            clock.advance(Duration.ofMinutes(10));
            assertThat(links.stormTarget(CORE_API, WINDOW)).isEmpty();
            assertThat(links.stormTarget("PNONE01", WINDOW)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldFindThePageByItsDedupKeyOrItsServiceUntilItIsAnsweredWhenPagerDutyOpensAnIncident(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            IncidentRepository repo = new IncidentRepository(store.database().jdbc(), clock);
            PagerDutyLinkRepository links = new PagerDutyLinkRepository(store.database().jdbc(), clock);
            Incident a = incident(repo, 1);

            assertThat(links.recordPage("nexus-1-core-api", a.id(), "core-api", CORE_API, "U0ADA")).isTrue();
            assertThat(links.recordPage("nexus-1-core-api", a.id(), "core-api", CORE_API, "U0BOB")).isFalse();
            assertThat(links.recordPage("nexus-core-api-c9", null, "core-api", CORE_API, "U0ADA")).isTrue();

            assertThat(links.pageFor("nexus-1-core-api", null, WINDOW))
                    .contains(new PagerDutyLinkRepository.Page("nexus-1-core-api", a.id(), "core-api"));
            assertThat(links.pageFor("some-monitor-key", CORE_API, WINDOW)).map(PagerDutyLinkRepository.Page::dedupKey).isPresent();

            links.answered("nexus-1-core-api", "PPAGE01");
            links.answered("nexus-core-api-c9", "PPAGE02");
            assertThat(links.pageFor("some-monitor-key", CORE_API, WINDOW)).isEmpty();
            assertThat(links.pageFor("nexus-1-core-api", CORE_API, WINDOW)).map(PagerDutyLinkRepository.Page::incidentId)
                    .contains(a.id());

            links.recordPage("nexus-2-core-api", null, "core-api", CORE_API, "U0ADA");
            clock.advance(Duration.ofMinutes(11));
            assertThat(links.pageFor(null, CORE_API, WINDOW)).isEqualTo(Optional.empty());
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldKeepTheFirstClaimantOfAStormBucketWhenOthersClaimItLater(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            PagerDutyLinkRepository links = new PagerDutyLinkRepository(store.database().jdbc(), clock);

            assertThat(links.stormClaim(CORE_API, 7, "P1")).isEqualTo("P1");
            assertThat(links.stormClaim(CORE_API, 7, "P2")).isEqualTo("P1");
            assertThat(links.stormClaim(CORE_API, 8, "P3")).isEqualTo("P3");
            assertThat(links.stormClaim("POTHER1", 7, "P4")).isEqualTo("P4");
        }
    }
}
