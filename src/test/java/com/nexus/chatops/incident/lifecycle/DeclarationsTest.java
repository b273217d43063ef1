package com.nexus.chatops.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Declaring through the incident services, with the fake Slack behind the production gateway; both stores. */
class DeclarationsTest {
    @TempDir
    Path dir;
    FakeSlack slack;

    @BeforeEach
    void start() {
        slack = IncidentFixture.slack();
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldSetUpTheChannelInOneRoundWhenAnIncidentIsDeclared(String backend) {
        try (var store = TestStores.open(backend, dir); var nexus = new IncidentFixture(store.url(), slack)) {
            Incident incident = nexus.declare("slack:T1", "sev3", "Elevated 5xx on core-api");

            assertThat(incident.channelName()).isEqualTo("incident-20261124-001");
            assertThat(slack.members(incident.channelId()))
                    .contains(IncidentFixture.ALICE, IncidentFixture.RESPONDER, IncidentFixture.GROUP_MEMBER);
            assertThat(slack.pins(incident.channelId())).containsExactly(incident.cardTs());
            assertThat(slack.bookmarks(incident.channelId())).extracting(b -> b.link())
                    .containsExactly(IncidentFixture.RUNBOOK);
            assertThat(slack.topic(incident.channelId())).startsWith("SEV3 · Elevated 5xx on core-api");
            assertThat(slack.messages("C0STATUS")).hasSize(1);
            assertThat(nexus.kinds(incident)).containsExactly("declared");
            assertThat(nexus.pages).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldKeepOneIncidentAndOneChannelWhenTheSameDeclarationComesAgain(String backend) {
        try (var store = TestStores.open(backend, dir); var nexus = new IncidentFixture(store.url(), slack)) {
            Incident first = nexus.declare("slack-view:V1", "sev2", "DB down");
            Incident again = nexus.declare("slack-view:V1", "sev2", "DB down");
            Incident third = nexus.declare("slack-view:V1", "sev2", "DB down");

            assertThat(again.id()).isEqualTo(first.id());
            assertThat(third.channelId()).isEqualTo(first.channelId());
            assertThat(slack.calls("conversations.create")).hasSize(1);
            assertThat(slack.messages("C0STATUS")).hasSize(1);
            assertThat(nexus.kinds(first)).containsOnlyOnce("declared");
            assertThat(nexus.pages).containsExactly("incident-20261124-001: declared at SEV2");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldMoveToTheNextNumberWhenSlackAlreadyHasTheChannelName(String backend) {
        slack.addChannel("C0OLD", "incident-20261124-002");
        try (var store = TestStores.open(backend, dir); var nexus = new IncidentFixture(store.url(), slack)) {
            Incident first = nexus.declare("slack:A", "sev4", "One");
            Incident second = nexus.declare("slack:B", "sev4", "Two");

            assertThat(first.channelName()).isEqualTo("incident-20261124-001");
            assertThat(second.channelName()).isEqualTo("incident-20261124-003");
            assertThat(second.seq()).isEqualTo(3);
            assertThat(slack.channelByName("incident-20261124-003").orElseThrow().id()).isEqualTo(second.channelId());
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldFinishTheChannelWhenTheFirstAttemptStoppedBeforeCreatingIt(String backend) {
        try (var store = TestStores.open(backend, dir); var nexus = new IncidentFixture(store.url(), slack)) {
            nexus.incidents.repository().insertOrGet(new NewIncident("slack:CRASHED", LocalDate.of(2026, 11, 24), 1,
                    "incident-20261124-001", "Half declared", "sev3", null, IncidentFixture.ALICE,
                    IncidentFixture.T0, null, null));
            nexus.clock.advance(Duration.ofMinutes(5));

            Incident finished = nexus.declare("slack:CRASHED", "sev3", "Half declared");

            assertThat(finished.channelId()).isNotNull();
            assertThat(finished.cardTs()).isNotNull();
            assertThat(slack.channelByName("incident-20261124-001")).isPresent();
        }
    }
}
