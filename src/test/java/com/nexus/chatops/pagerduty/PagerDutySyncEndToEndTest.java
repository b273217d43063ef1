package com.nexus.chatops.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.TimelineEntry;
import com.nexus.chatops.incident.TimelineRepository;
import com.nexus.chatops.testing.FakeChannel;
import com.nexus.chatops.testing.FakeEphemeral;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.PagerDutySigner;
import com.nexus.chatops.testing.RunningNexus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PagerDuty ↔ Slack through the real server: signed webhooks in, spec-checked REST calls out (WireMock). */
class PagerDutySyncEndToEndTest {
    static final String SECRET = "pd-webhook-secret";
    static final String CORE_API = "PXXXXX4";
    static final String ADA = "U0ADA0001";
    static final String ADA_EMAIL = "125.greenholt.earline@graham.name";
    static final String CAROL = "U0CAROL01";
    /** nexus.example.yml's responders group: acknowledging is for responders and leads. */
    static final String RESPONDERS = "S0000000001";
    static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static WireMockExtension pd = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    FakeSlack slack;
    RunningNexus nexus;

    @BeforeEach
    void start() {
        pd.stubFor(get(urlPathEqualTo("/services/" + CORE_API)).willReturn(okJson(Fixtures.read("service.json"))));
        pd.stubFor(get(urlPathEqualTo("/oncalls")).willReturn(okJson(Fixtures.read("oncalls-page2.json"))));
        pd.stubFor(get(urlPathEqualTo("/users")).willReturn(okJson(Fixtures.read("users.json"))));
        slack = FakeSlack.start().addChannel("C0STATUS", "nexus-status")
                .addUser(ADA, "earline", ADA_EMAIL).addUser(CAROL, "carol", "carol@example.com")
                .addUsergroup(RESPONDERS, "responders", ADA);
        nexus = startNexus();
    }

    RunningNexus startNexus() {
        return RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), Map.of(
                "PAGERDUTY_WEBHOOK_SECRET", SECRET, "PAGERDUTY_API_TOKEN", "u+test-token",
                "PAGERDUTY_API_URL", pd.baseUrl(), "PAGERDUTY_FROM_EMAIL", "nexus-bot@example.com"));
    }

    @AfterEach
    void stop() throws Exception {
        if (nexus != null) {
            nexus.close();
        }
        slack.close();
        ContractCheck.assertAllMatch(OpenApiContract.REST, pd.getAllServeEvents());
    }

    int deliver(String body) {
        return Webhooks.deliver(nexus.baseUri(), body, PagerDutySigner.v1(SECRET, body)).status();
    }

    String triggered(String eventId, String pdId) {
        return Webhooks.incident(eventId, "incident.triggered", pdId, CORE_API, "high", "P1", null);
    }

    List<FakeChannel> incidentChannels() {
        return slack.channels().stream().filter(c -> c.name().startsWith("incident-")).toList();
    }

    IncidentRepository incidents() {
        return new IncidentRepository(nexus.nexus().database().jdbc(), Clock.systemUTC());
    }

    List<TimelineEntry> timeline(long id) {
        return new TimelineRepository(nexus.nexus().database().jdbc()).list(id);
    }

    boolean processed(String eventId) {
        return nexus.nexus().database().jdbc().queryFirst("SELECT processed_at FROM inbox WHERE source = ?"
                + " AND dedupe_key = ?", r -> r.getObject("processed_at") != null, "pagerduty", eventId).orElse(false);
    }

    /** Triggers a PagerDuty incident and waits until its channel and card exist. */
    Incident declared(String pdId) {
        assertThat(deliver(triggered("ev-" + pdId, pdId))).isEqualTo(202);
        await().atMost(WAIT).until(() -> processed("ev-" + pdId));
        return incidents().findByPagerDuty(pdId).orElseThrow();
    }

    /** Only someone in the channel sees the card: the clicker joins first. */
    FakeEphemeral clickAcknowledge(Incident incident, String user) throws Exception {
        slack.methods().conversationsInvite(r -> r.token(RunningNexus.BOT_TOKEN).channel(incident.channelId())
                .users(List.of(user)));
        nexus.requests().blockAction("incident.ack", Long.toString(incident.id())).user(user, "earline")
                .channel(incident.channelId(), incident.channelName()).build().send(nexus.baseUri());
        return await().atMost(WAIT).until(() -> slack.ephemerals().stream()
                .filter(e -> e.user().equals(user)).findFirst(), Optional::isPresent).orElseThrow();
    }

    long acknowledgedPosts(Incident incident) {
        return slack.messages(incident.channelId()).stream().filter(m -> m.text().contains("acknowledged")).count();
    }

    @Test
    void shouldOpenOneChannelWithTheLinkedCardAndInviteOnCallWhenAHighUrgencyIncidentTriggers() throws Exception {
        Incident incident = declared("PT4KHLK");

        assertThat(incidentChannels()).hasSize(1);
        assertThat(incident.severity()).isEqualTo("sev1");
        assertThat(incident.service()).isEqualTo("core-api");
        assertThat(incident.alertCount()).isEqualTo(1);
        assertThat(slack.message(incident.channelId(), incident.cardTs()).orElseThrow().blocksJson())
                .contains("https://app.pagerduty.com/incidents/PT4KHLK").contains("incident.ack");
        assertThat(slack.members(incident.channelId())).contains(CAROL);

        String body = triggered("ev-PT4KHLK", "PT4KHLK");
        for (int i = 0; i < 4; i++) {
            assertThat(deliver(body)).isEqualTo(200);
        }
        nexus.close();
        nexus = startNexus();
        assertThat(deliver(body)).isEqualTo(200);
        assertThat(deliver(triggered("ev-PT4KHLK-retry", "PT4KHLK"))).isEqualTo(202);
        await().atMost(WAIT).until(() -> processed("ev-PT4KHLK-retry"));

        assertThat(incidentChannels()).hasSize(1);
    }

    @Test
    void shouldCreateNothingWhenTheSignatureIsWrongOrMissingAndAcceptARotatedSecret() {
        String body = triggered("ev-sig", "PSIG001");

        assertThat(Webhooks.deliver(nexus.baseUri(), body, PagerDutySigner.v1("wrong", body)).status()).isEqualTo(401);
        assertThat(Webhooks.deliver(nexus.baseUri(), body, null).status()).isEqualTo(401);
        assertThat(incidentChannels()).isEmpty();

        String rotated = PagerDutySigner.v1("previous-secret", body) + "," + PagerDutySigner.v1(SECRET, body);
        assertThat(Webhooks.deliver(nexus.baseUri(), body, rotated).status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> incidentChannels().size() == 1);
    }

    @Test
    void shouldSendOnePutAsTheClickerAndPostOnceWhenAcknowledgeIsClickedAndItsEchoArrives() throws Exception {
        pd.stubFor(put("/incidents/PACK001").willReturn(okJson(Fixtures.read("incident-acknowledged.json"))));
        Incident incident = declared("PACK001");
        int updatesBefore = slack.calls("chat.update").size();

        FakeEphemeral reply = clickAcknowledge(incident, ADA);

        assertThat(reply.text()).contains("Acknowledged here and in PagerDuty (as " + ADA_EMAIL + ")");
        pd.verify(1, putRequestedFor(urlPathEqualTo("/incidents/PACK001")).withHeader("From", equalTo(ADA_EMAIL))
                .withRequestBody(equalToJson(PagerDutyClientTest.ACK)));
        await().atMost(WAIT).until(() -> slack.calls("chat.update").size() == updatesBefore + 1);

        String echo = Webhooks.incident("ev-ack-echo", "incident.acknowledged", "PACK001", CORE_API, "high", "P1",
                "PXPGF42");
        assertThat(deliver(echo)).isEqualTo(202);
        await().atMost(WAIT).until(() -> processed("ev-ack-echo"));

        assertThat(slack.calls("chat.update")).hasSize(updatesBefore + 1);
        assertThat(slack.message(incident.channelId(), incident.cardTs()).orElseThrow().blocksJson())
                .contains("acknowledged").doesNotContain("incident.ack");
        assertThat(acknowledgedPosts(incident)).isEqualTo(1);
        assertThat(timeline(incident.id())).filteredOn(e -> e.text().contains("acknowledged")).hasSize(1);
        assertThat(pd.findAll(putRequestedFor(urlPathEqualTo("/incidents/PACK001")))).hasSize(1);
    }

    static Stream<Arguments> flakyPagerDuty() {
        return Stream.of(
                Arguments.of("429 with ratelimit-reset", aResponse().withStatus(429).withHeader("ratelimit-reset", "1")
                        .withBody(Fixtures.read("error-rate-limit.json"))),
                Arguments.of("429 without ratelimit-reset", aResponse().withStatus(429)
                        .withBody(Fixtures.read("error-rate-limit.json"))),
                Arguments.of("500", aResponse().withStatus(500).withBody(Fixtures.read("error-internal.json"))));
    }

    @ParameterizedTest(name = "{0} then 200")
    @MethodSource("flakyPagerDuty")
    void shouldCompleteTheAcknowledgementOnceWhenPagerDutyFailsOnceThenAnswers(String name,
                                                                             ResponseDefinitionBuilder first) throws Exception {
        pd.stubFor(put("/incidents/PFLAKY1").inScenario("flaky").whenScenarioStateIs(STARTED).willReturn(first)
                .willSetStateTo("ok"));
        pd.stubFor(put("/incidents/PFLAKY1").inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson(Fixtures.read("incident-acknowledged.json"))));
        Incident incident = declared("PFLAKY1");

        FakeEphemeral reply = clickAcknowledge(incident, ADA);

        assertThat(reply.text()).contains("Acknowledged here and in PagerDuty");
        assertThat(pd.findAll(putRequestedFor(urlPathEqualTo("/incidents/PFLAKY1")))).hasSize(2);
        assertThat(acknowledgedPosts(incident)).isEqualTo(1);
        assertThat(state("PFLAKY1")).isEqualTo("done");
    }

    @Test
    void shouldTellTheUserAndKeepEverythingWhenPagerDutyAnswers500Forever() throws Exception {
        pd.stubFor(put("/incidents/PDOWN01").willReturn(aResponse().withStatus(500)
                .withBody(Fixtures.read("error-internal.json"))));
        Incident incident = declared("PDOWN01");

        FakeEphemeral reply = clickAcknowledge(incident, ADA);

        assertThat(reply.text()).contains("Acknowledged here, but PagerDuty's half failed")
                .contains("HTTP 500").contains("keeps retrying").doesNotContain("Exception");
        assertThat(incidents().findById(incident.id()).orElseThrow().acknowledgedAt()).isNotNull();
        assertThat(timeline(incident.id())).extracting(TimelineEntry::text)
                .anySatisfy(t -> assertThat(t).contains("acknowledged the incident"))
                .anySatisfy(t -> assertThat(t).contains("retrying"));
        assertThat(state("PDOWN01")).isEqualTo("pending");
        assertThat(acknowledgedPosts(incident)).isEqualTo(1);
    }

    @Test
    void shouldCountTwentyAlertsInOneIncidentWhenCoreApiTriggersTwentyTimesInTwoMinutes() {
        for (int i = 1; i <= 20; i++) {
            assertThat(deliver(triggered("ev-storm-" + i, "PSTORM" + i))).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> processed("ev-storm-20"));

        assertThat(incidentChannels()).hasSize(1);
        Incident incident = incidents().findByPagerDuty("PSTORM1").orElseThrow();
        assertThat(incident.alertCount()).isEqualTo(20);
        assertThat(timeline(incident.id())).filteredOn(e -> "alert".equals(e.kind())).hasSize(19);
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.message(incident.channelId(), incident.cardTs())
                .orElseThrow().blocksJson()).contains("20 alerts"));
    }

    String state(String pdId) {
        return nexus.nexus().database().jdbc().queryFirst("SELECT state FROM pagerduty_writes WHERE pd_incident_id = ?",
                r -> r.getString("state"), pdId).orElse("none");
    }
}
