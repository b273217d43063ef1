package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.testing.FakeChannel;
import com.nexus.chatops.testing.FakeMessage;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.FakeView;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SlackDefaults;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Declaring through the real server (Jetty + Bolt + SQLite) against the fake Slack: channel, card, retries. */
class IncidentEndToEndTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String USER = SlackDefaults.USER_ID;

    @TempDir
    Path dir;
    FakeSlack slack;
    RunningNexus nexus;

    @BeforeEach
    void start() {
        slack = FakeSlack.start().addChannel("C0STATUS", "nexus-status");
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"));
    }

    @AfterEach
    void stop() throws Exception {
        nexus.close();
        slack.close();
    }

    static String todays(int seq) {
        return "incident-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneOffset.UTC))
                + "-" + String.format("%03d", seq);
    }

    @Test
    void shouldCreateOneChannelWithInviteTopicPinnedCardAndAnnouncementWhenTheDeclareArrivesThreeTimes() {
        var declare = nexus.requests().slashCommand("declare sev2 Elevated 5xx on core-api")
                .responseUrl(slack.responseUrl("d1")).triggerId("T-DECLARE-1");

        declare.send(nexus.baseUri());
        declare.retry(1, "http_timeout").send(nexus.baseUri());
        declare.retry(2, "http_timeout").send(nexus.baseUri());

        String reply = slack.awaitResponseUrlPost("d1", WAIT).text();
        FakeChannel channel = slack.channelByName(todays(1)).orElseThrow();
        assertThat(reply).contains("Declared <#" + channel.id() + "|" + todays(1) + ">")
                .contains("SEV2 Elevated 5xx on core-api");
        await().atMost(WAIT).until(() -> slack.pins(channel.id()).size() == 1
                && slack.messages("C0STATUS").size() == 1);
        assertThat(slack.members(channel.id())).contains(USER);
        assertThat(slack.topic(channel.id())).isEqualTo("SEV2 · Elevated 5xx on core-api · Commander: unassigned");
        FakeMessage card = slack.message(channel.id(), slack.pins(channel.id()).get(0)).orElseThrow();
        assertThat(card.blocksJson()).contains("Major degradation (respond within 30 min)")
                .contains("incident.update.open").contains("incident.resolve.open").contains("Next update due");
        assertThat(slack.messages("C0STATUS").get(0).blocksText()).contains("<#" + channel.id() + "|");
        assertThat(slack.calls("conversations.create")).hasSize(1);
        assertThat(kinds(incident(channel.id()))).containsOnlyOnce("declared");
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> slack.responseUrlPosts("d1").size() == 1);
    }

    @Test
    void shouldDeclareOnceWhenTheSameFormIsSubmittedTwice() {
        nexus.requests().slashCommand("declare").responseUrl(slack.responseUrl("form")).send(nexus.baseUri());
        slack.awaitCall("views.open", WAIT);
        FakeView form = slack.views().get(0);
        var submit = nexus.requests().viewSubmission("incident.declare").viewId(form.id()).externalId(form.externalId())
                .input("title", "title", "Checkout  failing")
                .selectedOption("severity", "severity", "SEV1 — Complete outage", "sev1")
                .selectedOption("service", "service", "core-api", "core-api")
                .privateMetadata(form.privateMetadata());

        assertThat(submit.send(nexus.baseUri()).status()).isEqualTo(200);
        assertThat(submit.send(nexus.baseUri()).status()).isEqualTo(200);

        await().atMost(WAIT).until(() -> slack.ephemerals().stream().anyMatch(e -> e.text().contains("Declared")));
        FakeChannel channel = slack.channelByName(todays(1)).orElseThrow();
        Incident incident = incident(channel.id());
        assertThat(incident.title()).isEqualTo("Checkout failing");
        assertThat(incident.severity()).isEqualTo("sev1");
        assertThat(incident.service()).isEqualTo("core-api");
        assertThat(slack.calls("conversations.create")).hasSize(1);
        assertThat(kinds(incident)).containsOnlyOnce("declared");
    }

    @Test
    void shouldTakeTheNextNumbersWhenADayAlreadyHasAnIncidentAndAChannelWasMadeByHand() {
        slack.addChannel("C0HANDMADE", todays(2));

        declare("sev3 First", "n1");
        declare("sev3 Second", "n2");

        assertThat(slack.awaitResponseUrlPost("n1", WAIT).text()).contains(todays(1));
        assertThat(slack.awaitResponseUrlPost("n2", WAIT).text()).contains(todays(3));
        assertThat(slack.channelByName(todays(3))).isPresent();
    }

    @Test
    void shouldUpdateCardTopicAndTimelineAndCallThePagerWhenSeverityIsRaisedAndACommanderAssigned() {
        FakeChannel channel = declared("sev3 Slow search");
        String cardTs = slack.pins(channel.id()).get(0);

        var raised = inChannel(channel, "severity p1", "s1");
        var assigned = inChannel(channel, "assign commander <@" + USER + "|tester>", "s2");

        assertThat(raised).contains("raised the severity from SEV3 to SEV1").contains("Nobody was paged");
        assertThat(assigned).contains("made <@" + USER + "> the incident commander");
        await().atMost(WAIT).until(() -> slack.topic(channel.id()),
                topic -> topic.equals("SEV1 · Slow search · Commander: <@" + USER + ">"));
        await().atMost(WAIT).until(() -> slack.message(channel.id(), cardTs).orElseThrow().blocksText(),
                card -> card.contains("Complete outage") && card.contains("*Commander*\n<@" + USER + ">"));
        assertThat(kinds(incident(channel.id()))).containsSubsequence("declared", "severity", "page", "role");
    }

    @Test
    void shouldChangeSeverityFromTheCardSelect() {
        FakeChannel channel = declared("sev2 Queue backlog");
        Incident incident = incident(channel.id());

        CardActions.select(nexus, channel, "incident.severity.select", incident.id() + ":sev3");

        await().atMost(WAIT).until(() -> slack.topic(channel.id()).startsWith("SEV3"));
        await().atMost(WAIT).until(() -> slack.messages(channel.id()).stream().anyMatch(m -> m.mentions("lowered")));
        assertThat(incident(channel.id()).severity()).isEqualTo("sev3");
    }

    @Test
    void shouldRecordAPinAndAPushpinOfTheSameMessageOnceAndListThemWhenTheTimelineIsAsked() {
        FakeChannel channel = declared("sev3 Disk pressure");
        FakeMessage note = slack.postAs(channel.id(), USER, "Root cause: the log volume filled up");
        var pin = nexus.requests().event("pin_added").eventId("Ev-PIN-1").user(USER).field("channel_id", channel.id())
                .field("item", CardActions.pinItem(channel.id(), note.ts(), note.text()));
        var pushpin = nexus.requests().event("reaction_added").eventId("Ev-REACT-1").user(USER)
                .field("reaction", "pushpin").field("item", CardActions.reactionItem(channel.id(), note.ts()));

        pin.send(nexus.baseUri());
        pin.retry(1, "http_timeout").send(nexus.baseUri());
        pushpin.send(nexus.baseUri());
        pushpin.retry(1, "http_timeout").send(nexus.baseUri());

        await().atMost(WAIT).until(() -> kinds(incident(channel.id())).contains("pinned"));
        await().during(Duration.ofMillis(700)).atMost(WAIT)
                .until(() -> kinds(incident(channel.id())).stream().filter("pinned"::equals).count() == 1);
        assertThat(new TimelineRepository(nexus.nexus().database().jdbc()).list(incident(channel.id()).id()))
                .filteredOn(e -> e.kind().equals("pinned")).first()
                .satisfies(e -> assertThat(e.text()).contains("Root cause: the log volume filled up"));
        assertThat(inChannel(channel, "timeline", "t1")).contains("Timeline of").contains("declared")
                .contains("pinned").contains("Root cause");
    }

    @Test
    void shouldShowTheCardInTheChannelAndTheOpenListElsewhereAndOnTheHomeTab() {
        FakeChannel channel = declared("sev2 Login errors");
        inChannel(channel, "assign comms <@" + USER + "|tester>", "a1");

        String here = inChannel(channel, "status", "st1");
        nexus.requests().slashCommand("status").responseUrl(slack.responseUrl("st2")).send(nexus.baseUri());
        String elsewhere = slack.awaitResponseUrlPost("st2", WAIT).text();
        nexus.requests().event("app_home_opened").user(USER).field("tab", "home").send(nexus.baseUri());

        assertThat(here).contains("SEV2").contains("Login errors").contains("Investigating");
        assertThat(elsewhere).contains("1 open incident").contains(channel.name());
        await().atMost(WAIT).until(() -> slack.views().stream().anyMatch(v -> v.method().equals("views.publish")));
        assertThat(slack.views().get(0).viewJson()).contains("Your incidents").contains(channel.id());
    }

    private FakeChannel declared(String text) {
        int before = slack.channels().size();
        String id = "decl-" + before;
        declare(text, id);
        slack.awaitResponseUrlPost(id, WAIT);
        FakeChannel channel = slack.channels().stream().filter(c -> c.name().startsWith("incident-"))
                .reduce((a, b) -> b).orElseThrow();
        await().atMost(WAIT).until(() -> slack.pins(channel.id()).size() == 1);
        return channel;
    }

    private void declare(String text, String responseId) {
        nexus.requests().slashCommand("declare " + text).responseUrl(slack.responseUrl(responseId))
                .send(nexus.baseUri());
    }

    private String inChannel(FakeChannel channel, String text, String responseId) {
        nexus.requests().slashCommand(text).channel(channel.id(), channel.name())
                .responseUrl(slack.responseUrl(responseId)).send(nexus.baseUri());
        return slack.awaitResponseUrlPost(responseId, WAIT).text();
    }

    private Incident incident(String channelId) {
        return nexus.nexus().incidents().findByChannelId(channelId).orElseThrow();
    }

    private List<String> kinds(Incident incident) {
        return new TimelineRepository(nexus.nexus().database().jdbc()).list(incident.id()).stream().map(TimelineEntry::kind).toList();
    }
}
