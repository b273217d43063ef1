package com.nexus.chatops.incident.lifecycle;

import static com.nexus.chatops.incident.TestIncidents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.PagerDutyMirror;
import com.nexus.chatops.incident.TestIncidents;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.statuspage.Statuspage;
import com.nexus.chatops.statuspage.StatuspageLinks;
import com.nexus.chatops.statuspage.StatuspageMirror;
import com.nexus.chatops.testing.FakeFile;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.TestStores;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Resolution and post-mortem draft, on both stores, against the fake Slack over HTTP. */
class ResolutionsTest {
    private static final String CHANNEL = "C0INC001";
    @TempDir
    Path dir;
    private FakeSlack slack;
    private final List<Incident> observed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSlack() {
        slack = FakeSlack.start().addChannel(CHANNEL, "incident-20261124-001").addChannel("C0STATUS", "nexus-status");
    }

    @AfterEach
    void stopSlack() {
        slack.close();
    }

    /** The resolution flow over the store, and the incidents it resolves. */
    private record Comms(IncidentRepository incidents, Resolutions resolutions) {
    }

    private Comms comms(TestStores.Handle store, Duration sinceDeclared) {
        Clock clock = Clock.fixed(T0.plus(sinceDeclared), ZoneOffset.UTC);
        SlackWebGateway gateway = new SlackWebGateway(slack.methodsAsync());
        IncidentRepository incidents = new IncidentRepository(store.database().jdbc(), clock);
        TimelineRepository timeline = new TimelineRepository(store.database().jdbc());
        IncidentRecords records = new IncidentRecords(incidents, timeline, observed::add, clock);
        Mirrors mirrors = new Mirrors(new StatuspageMirror(Statuspage.OFF, new StatuspageLinks(store.database().jdbc())),
                PagerDutyMirror.NONE);
        return new Comms(incidents, new Resolutions(NexusConfig.defaults(), records, gateway, mirrors,
                new Postmortems(timeline, gateway, clock)));
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldShowResponseTimesFromTheStoredTimestampsWhenResolved(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            Comms comms = comms(store, Duration.ofMinutes(65));
            Incident incident = TestIncidents.stored(comms.incidents(), 1, "sev2", T0, CHANNEL);
            comms.incidents().modify(incident.id(), i -> i.withAcknowledged(T0.plus(Duration.ofMinutes(4))));

            Reply reply = comms.resolutions().resolve(incident, "Reverted the LB config", "U0BOB");

            Incident stored = comms.incidents().findById(incident.id()).orElseThrow();
            assertThat(stored.resolvedAt()).isEqualTo(T0.plus(Duration.ofMinutes(65)));
            assertThat(reply.text()).contains("Time to acknowledge:* 4 min").contains("Time to resolve:* 1 h 05 min");
            assertThat(slack.messages(CHANNEL)).anySatisfy(m -> assertThat(m.text())
                    .startsWith("[Resolved] The issue has been resolved."));
            assertThat(slack.messages(CHANNEL).get(0).blocksJson()).contains("Reverted the LB config")
                    .contains("1 h 05 min");
            assertThat(slack.messages("C0STATUS")).singleElement().satisfies(m -> assertThat(m.text())
                    .contains("post-mortem within 48 hours"));
            assertThat(observed).last().satisfies(i -> assertThat(i.resolved()).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldResolveOnceWhenResolveIsClickedTwice(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            Comms comms = comms(store, Duration.ofMinutes(10));
            Incident incident = TestIncidents.stored(comms.incidents(), 1, "sev2", T0, CHANNEL);

            comms.resolutions().resolve(incident, "", "U0BOB");
            Reply again = comms.resolutions().resolve(incident, "", "U0BOB");

            assertThat(again.text()).contains("already resolved");
            assertThat(slack.messages("C0STATUS")).hasSize(1);
            assertThat(slack.files()).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldListEveryTimelineEntryInOrderWhenTheDraftIsUploaded(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            Comms comms = comms(store, Duration.ofHours(5));
            Incident incident = TestIncidents.stored(comms.incidents(), 1, "sev1", T0, CHANNEL);
            TimelineRepository timeline = new TimelineRepository(store.database().jdbc());
            for (int n = 1; n <= 200; n++) {
                timeline.append(new TimelineEntry(incident.id(), T0.plusSeconds(n * 60L), "note", "U0ALICE",
                        "entry " + n + " — 🔥 ünïcode", null));
            }

            comms.resolutions().resolve(incident, "DB failover fixed it", "U0BOB");

            FakeFile draft = slack.files().get(0);
            String md = draft.contentAsString();
            int last = -1;
            for (int n = 1; n <= 200; n++) {
                int at = md.indexOf("entry " + n + " — 🔥 ünïcode\n");
                assertThat(at).as("entry %d after entry %d", n, n - 1).isGreaterThan(last);
                last = at;
            }
            assertThat(md.indexOf("**resolved**")).isGreaterThan(last);
            // the fake Slack cannot name U0ALICE: she stays an id, asked about once, not once per entry
            assertThat(md).contains("(U0ALICE)");
            assertThat(slack.calls("users.info")).filteredOn(c -> "U0ALICE".equals(c.param("user"))).hasSize(1);
            assertThat(md).contains("## Summary\n\nDB failover fixed it", "## Impact", "## Root cause",
                    "## What went well", "## What went badly", "## Action items", "| Owner | Due |");
            assertThat(slack.messages(CHANNEL)).anySatisfy(m -> assertThat(m.text()).contains("within 48 hours"));
        }
    }
}
