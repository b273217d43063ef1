package com.nexus.chatops.incident.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.nexus.chatops.incident.lifecycle.CommsEndToEndTest.CHANNEL;
import static com.nexus.chatops.incident.lifecycle.CommsEndToEndTest.NAME;
import static com.nexus.chatops.incident.lifecycle.CommsEndToEndTest.STATUS;
import static com.nexus.chatops.incident.lifecycle.CommsEndToEndTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.TestIncidents;
import com.nexus.chatops.testing.FakeMessage;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.FakeView;

import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SlackDefaults;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mentions in what responders write, through the real server: a person or channel is a real mention in Slack and
 * the timeline, a broadcast pages nobody, and the status page reads "@alice" rather than Slack's markup.
 */
class MentionsEndToEndTest {
    private static final String INCIDENTS = "/v1/pages/PAGE1/incidents";
    /** As Slack sends it with escaping on: alice and #ops mentioned, "<!channel>" typed, "@here" used. */
    private static final String WRITTEN = "Paging <@U024BE7LH|alice> in <#C0OPS001|ops>: &lt;!channel&gt; typed"
            + " &amp; <!here> used";
    @TempDir
    Path dir;
    private FakeSlack slack;
    private RunningNexus nexus;
    private WireMockServer statuspage;
    private Incident incident;

    @BeforeEach
    void start() {
        statuspage = new WireMockServer(wireMockConfig().dynamicPort());
        statuspage.start();
        statuspage.stubFor(post(urlEqualTo(INCIDENTS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"sp-1\"}")));
        statuspage.stubFor(patch(urlEqualTo(INCIDENTS + "/sp-1")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"sp-1\"}")));
        slack = FakeSlack.start().addChannel(CHANNEL, NAME, SlackDefaults.USER_ID).addChannel(STATUS, "nexus-status");
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), Map.of("STATUSPAGE_API_KEY",
                "sp-key", "STATUSPAGE_PAGE_ID", "PAGE1", "STATUSPAGE_API_URL", statuspage.baseUrl() + "/v1"));
        incident = TestIncidents.stored(new IncidentRepository(nexus.nexus().database().jdbc(), Clock.systemUTC()), 1,
                "sev2", Instant.now().minusSeconds(600), CHANNEL);
    }

    @AfterEach
    void stop() throws Exception {
        nexus.close();
        slack.close();
        statuspage.stop();
    }

    @Test
    void shouldMentionThePersonInSlackAndNameThemOnTheStatusPageWhenAnUpdateMentionsThem() throws Exception {
        String reply = command("update identified " + WRITTEN, "up");

        assertThat(reply).contains("update posted here and in #nexus-status and on the status page.");
        for (String channel : List.of(CHANNEL, STATUS)) {
            assertThat(slack.messages(channel)).as(channel).singleElement().satisfies(m -> {
                assertThat(m.blocksText()).contains("Paging <@U024BE7LH> in <#C0OPS001|ops>: @channel typed &amp;"
                        + " @here used");
                assertThat(m.text()).contains("<@U024BE7LH>");
                assertNoBroadcastOrLeakedLabel(m);
            });
        }
        String body = statuspageBody();
        assertThat(body).contains("Paging @alice in #ops: @channel typed & @here used")
                .doesNotContain("<@").doesNotContain("<#").doesNotContain("<!").doesNotContain("U024BE7LH")
                .doesNotContain("&amp;");
        assertThat(timeline()).filteredOn(e -> "update".equals(e.kind())).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("Paging <@U024BE7LH> in <#C0OPS001|ops>: @channel"
                        + " typed &amp; @here used").doesNotContain("<!"));
        assertThat(command("timeline", "tl")).contains("Paging <@U024BE7LH> in <#C0OPS001|ops>: @channel")
                .doesNotContain("<!channel>").doesNotContain("<!here>");
    }

    @Test
    void shouldTreatTheResolveFormsSummaryLikeTheSlashCommandsWhenItMentionsSomeone() throws Exception {
        nexus.requests().blockAction("incident.resolve.open", Long.toString(incident.id())).channel(CHANNEL, NAME)
                .build().send(nexus.baseUri());
        slack.awaitCall("views.open", WAIT);
        FakeView form = slack.views().get(0);

        nexus.requests().viewSubmission(form.callbackId()).viewId(form.id()).externalId(form.externalId())
                .privateMetadata(form.privateMetadata())
                .input("summary", "summary", "Thanks <@U024BE7LH|alice>; <!channel> & <b> stay as typed")
                .build().send(nexus.baseUri());

        // the resolution is followed in the channel by the post-mortem's review reminder: look for the resolution
        await().atMost(WAIT).until(() -> slack.messages(CHANNEL).stream().anyMatch(MentionsEndToEndTest::isResolution)
                && !statuspage.findAll(postRequestedFor(urlEqualTo(INCIDENTS))).isEmpty());
        assertThat(slack.messages(CHANNEL)).filteredOn(MentionsEndToEndTest::isResolution).singleElement().satisfies(m -> {
            assertThat(m.blocksText()).contains("*Summary:* Thanks <@U024BE7LH>; @channel &amp; &lt;b&gt; stay as typed");
            assertNoBroadcastOrLeakedLabel(m);
        });
        assertThat(statuspageBody()).contains("Thanks @alice; @channel & <b> stay as typed").doesNotContain("<@");
    }

    private static boolean isResolution(FakeMessage m) {
        return m.blocksText().contains("*Summary:*");
    }

    private static void assertNoBroadcastOrLeakedLabel(FakeMessage m) {
        assertThat(m.blocksText()).doesNotContain("<!").doesNotContain("U024BE7LH|").doesNotContain("&lt;@");
        assertThat(m.text()).doesNotContain("<!").doesNotContain("U024BE7LH|").doesNotContain("&lt;@");
    }

    private String command(String text, String responseId) {
        nexus.requests().slashCommand(text).channel(CHANNEL, NAME).responseUrl(slack.responseUrl(responseId))
                .build().send(nexus.baseUri());
        return slack.awaitResponseUrlPost(responseId, WAIT).text();
    }

    /** The body of the update that opened the Statuspage incident. */
    private String statuspageBody() throws JsonProcessingException {
        List<LoggedRequest> created = statuspage.findAll(postRequestedFor(urlEqualTo(INCIDENTS)));
        assertThat(created).hasSize(1);
        return new ObjectMapper().readTree(created.get(0).getBodyAsString()).path("incident").path("body").asText();
    }

    private List<TimelineEntry> timeline() {
        return new TimelineRepository(nexus.nexus().database().jdbc()).list(incident.id());
    }
}
