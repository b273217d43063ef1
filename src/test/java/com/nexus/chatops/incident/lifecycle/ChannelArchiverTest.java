package com.nexus.chatops.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.config.Channels;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentObserver;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.ReminderClaims;
import com.nexus.chatops.incident.TestIncidents;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.TestStores;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Resolved incidents' channels are archived after the configured delay, once, whatever the number of replicas. */
class ChannelArchiverTest {
    private static final Instant RESOLVED = TestIncidents.T0.plus(Duration.ofHours(1));
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldArchiveOnceAfterTheDelayWhenTwoReplicasTick(String backend) {
        try (var store = TestStores.open(backend, dir); FakeSlack slack = FakeSlack.start()) {
            slack.addChannel("C0INC001", "incident-20261124-001");
            Clock clock = Clock.fixed(RESOLVED.plus(Duration.ofHours(25)), ZoneOffset.UTC);
            var repo = new IncidentRepository(store.database().jdbc(), clock);
            Incident incident = TestIncidents.stored(repo, 1, "sev2", TestIncidents.T0, "C0INC001");
            repo.modify(incident.id(), i -> i.withStatus(Phase.RESOLVED, RESOLVED));
            var timeline = new TimelineRepository(store.database().jdbc());
            var gateway = new SlackWebGateway(slack.methodsAsync());
            var records = new IncidentRecords(repo, timeline, IncidentObserver.NONE, clock);
            var replicaA = new ChannelArchiver(new Channels("#nexus-status", "incident", 24), records,
                    new ReminderClaims(store.database().jdbc()), gateway);
            var replicaB = new ChannelArchiver(new Channels("#nexus-status", "incident", 24), records,
                    new ReminderClaims(store.database().jdbc()), gateway);

            int early = replicaA.tick(RESOLVED.plus(Duration.ofHours(23)), "a");
            int archived = replicaA.tick(clock.instant(), "a") + replicaB.tick(clock.instant(), "b");
            int again = replicaB.tick(clock.instant().plusSeconds(600), "b");

            assertThat(early).isZero();
            assertThat(archived).isEqualTo(1);
            assertThat(again).isZero();
            assertThat(slack.calls("conversations.archive")).hasSize(1);
            assertThat(timeline.list(incident.id())).extracting(TimelineEntry::kind).contains("archived");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldNeverArchiveWhenTheDelayIsZero(String backend) {
        try (var store = TestStores.open(backend, dir); FakeSlack slack = FakeSlack.start()) {
            Clock clock = Clock.fixed(RESOLVED.plus(Duration.ofDays(3)), ZoneOffset.UTC);
            var repo = new IncidentRepository(store.database().jdbc(), clock);
            Incident incident = TestIncidents.stored(repo, 1, "sev2", TestIncidents.T0, "C0INC001");
            repo.modify(incident.id(), i -> i.withStatus(Phase.RESOLVED, RESOLVED));
            var archiver = new ChannelArchiver(Channels.defaults(), new IncidentRecords(repo,
                    new TimelineRepository(store.database().jdbc()), IncidentObserver.NONE, clock),
                    new ReminderClaims(store.database().jdbc()), new SlackWebGateway(slack.methodsAsync()));

            assertThat(archiver.tick(clock.instant(), "a")).isZero();
            assertThat(slack.calls("conversations.archive")).isEmpty();
        }
    }
}
