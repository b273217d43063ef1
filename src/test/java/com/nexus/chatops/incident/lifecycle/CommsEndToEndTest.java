package com.nexus.chatops.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.TestIncidents;
import com.nexus.chatops.testing.Call;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.FakeView;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SlackDefaults;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `/nexus update` and the card's Post update / Resolve, through the real server against the fake Slack. */
class CommsEndToEndTest {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String CHANNEL = "C0INC001";
    static final String NAME = "incident-20261124-001";
    static final String STATUS = "C0STATUS";
    @TempDir
    Path dir;
    FakeSlack slack;
    RunningNexus nexus;
    Incident incident;

    @BeforeEach
    void start() {
        slack = FakeSlack.start().addChannel(CHANNEL, NAME, SlackDefaults.USER_ID).addChannel(STATUS, "nexus-status");
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), env());
        incident = TestIncidents.stored(repository(), 1, "sev2", Instant.now().minusSeconds(600), CHANNEL);
    }

    Map<String, String> env() {
        return Map.of();
    }

    @AfterEach
    void stop() throws Exception {
        nexus.close();
        slack.close();
    }

    IncidentRepository repository() {
        return new IncidentRepository(nexus.nexus().database().jdbc(), Clock.systemUTC());
    }

    String command(String text, String channel, String channelName, String responseId) {
        nexus.requests().slashCommand(text).channel(channel, channelName).responseUrl(slack.responseUrl(responseId))
                .build().send(nexus.baseUri());
        return slack.awaitResponseUrlPost(responseId, WAIT).text();
    }

    @Test
    void shouldPostTheFilledTemplateToBothChannelsWhenUpdateIsTypedInTheIncidentChannel() {
        String reply = command("update identified", CHANNEL, NAME, "u1");

        String expected = "[Identified] We have identified the root cause of elevated 5xx on core-api affecting"
                + " core-api. Our team is working on a fix. We will provide an update in 30 minutes.";
        assertThat(reply).contains("update posted here and in #nexus-status");
        assertThat(slack.messages(CHANNEL)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo(expected));
        assertThat(slack.messages(STATUS)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(expected);
            assertThat(m.blocksJson()).contains("#" + CHANNEL).contains("SEV2 · Elevated 5xx on core-api");
        });
        Incident stored = repository().findById(incident.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(Phase.IDENTIFIED);
        assertThat(stored.lastUpdateAt()).isNotNull();
        assertThat(new TimelineRepository(nexus.nexus().database().jdbc()).list(incident.id()))
                .singleElement().satisfies(e -> assertThat(e.text()).isEqualTo(expected));
    }

    @Test
    void shouldDeliverTheUpdateOnceAfterRetryAfterWhenSlackAnswers429() {
        slack.rateLimitNext("chat.postMessage", 1, 1);

        command("update monitoring Rolled back; error rate is back to baseline", CHANNEL, NAME, "u429");

        String expected = "[Monitoring] Rolled back; error rate is back to baseline. We will provide an update in"
                + " 30 minutes.";
        assertThat(slack.messages(CHANNEL)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo(expected));
        assertThat(slack.messages(STATUS)).singleElement().satisfies(m -> assertThat(m.text()).contains("baseline"));
        List<Call> posts = slack.calls("chat.postMessage");
        assertThat(posts).extracting(Call::httpStatus).containsExactlyInAnyOrder(429, 200, 200);
        Call limited = posts.stream().filter(c -> c.httpStatus() == 429).findFirst().orElseThrow();
        Call retried = posts.stream().filter(c -> c.httpStatus() == 200
                && c.param("channel").equals(limited.param("channel"))).findFirst().orElseThrow();
        assertThat(Duration.between(limited.time(), retried.time())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void shouldNameTheOpenIncidentChannelsWhenUpdateIsTypedElsewhere() {
        String reply = command("update investigating", SlackDefaults.CHANNEL_ID, SlackDefaults.CHANNEL_NAME, "away");

        assertThat(reply).contains("works in an incident channel").contains("<#" + CHANNEL + "|" + NAME + ">");
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void shouldOpenTheFormAndPostTheChosenPhaseWhenThePostUpdateButtonIsUsed() {
        nexus.requests().blockAction("incident.update.open", Long.toString(incident.id())).channel(CHANNEL, NAME)
                .build().send(nexus.baseUri());
        slack.awaitCall("views.open", WAIT);
        FakeView form = slack.views().get(0);
        assertThat(form.callbackId()).isEqualTo("incident.update.submit");

        nexus.requests().viewSubmission(form.callbackId()).viewId(form.id()).externalId(form.externalId()).privateMetadata(form.privateMetadata())
                .selectedOption("phase", "phase", "Monitoring", "monitoring").input("message", "message", "")
                .build().send(nexus.baseUri());

        await().atMost(WAIT).until(() -> slack.messages(STATUS).size() == 1);
        assertThat(slack.messages(STATUS).get(0).text()).contains("[Monitoring] A fix has been applied");
        await().atMost(WAIT).until(() -> !slack.ephemerals().isEmpty());
        assertThat(slack.ephemerals().get(0).text()).contains("update posted");
    }

    @Test
    void shouldResolveWithTheSummaryAndUploadTheDraftWhenTheResolveFormIsSubmitted() {
        nexus.requests().blockAction("incident.resolve.open", Long.toString(incident.id())).channel(CHANNEL, NAME)
                .build().send(nexus.baseUri());
        slack.awaitCall("views.open", WAIT);
        FakeView form = slack.views().get(0);

        nexus.requests().viewSubmission(form.callbackId()).viewId(form.id()).externalId(form.externalId()).privateMetadata(form.privateMetadata())
                .input("summary", "summary", "Reverted <bad> deploy & restarted").build().send(nexus.baseUri());

        await().atMost(WAIT).until(() -> slack.files().size() == 1);
        assertThat(slack.files().get(0).contentAsString()).contains("Reverted <bad> deploy & restarted");
        assertThat(repository().findById(incident.id()).orElseThrow().resolved()).isTrue();
        assertThat(slack.messages(STATUS)).singleElement().satisfies(m -> assertThat(m.text())
                .contains("[Resolved] The issue has been resolved"));
        await().atMost(WAIT).until(() -> !slack.ephemerals().isEmpty());
        assertThat(slack.ephemerals().get(0).text()).contains("Resolved.").contains("Time to resolve");
    }

    @Test
    void shouldRegenerateTheDraftAndReportStatsWhenAsked() {
        command("resolve Failover", CHANNEL, NAME, "res");
        String again = command("postmortem", CHANNEL, NAME, "pm");
        String stats = command("stats 7", SlackDefaults.CHANNEL_ID, SlackDefaults.CHANNEL_NAME, "st");

        assertThat(again).contains("Post-mortem draft regenerated");
        assertThat(slack.files()).hasSize(2);
        assertThat(stats).contains("SEV2").containsPattern("SEV2\\s+1\\s+1\\s+0\\s+—\\s+10 min");
    }
}
