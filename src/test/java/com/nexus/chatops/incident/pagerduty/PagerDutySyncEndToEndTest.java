package com.nexus.chatops.incident.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.nexus.chatops.incident.pagerduty.PdStage.ADA;
import static com.nexus.chatops.incident.pagerduty.PdStage.ADA_EMAIL;
import static com.nexus.chatops.incident.pagerduty.PdStage.CAROL;
import static com.nexus.chatops.incident.pagerduty.PdStage.CORE_API;
import static com.nexus.chatops.incident.pagerduty.PdStage.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.pagerduty.Fixtures;
import com.nexus.chatops.pagerduty.Webhooks;
import com.nexus.chatops.testing.FakeEphemeral;
import com.nexus.chatops.testing.PagerDutySigner;
import com.nexus.chatops.timeline.TimelineEntry;
import java.net.URI;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PagerDuty ↔ Slack through the real server: signed webhooks in, spec-checked REST calls out (WireMock). */
class PagerDutySyncEndToEndTest extends PdStageTestBase {
    String triggered(String eventId, String pdId) {
        return PdStage.event(eventId, "incident.triggered", pdId);
    }

    @Test
    void shouldOpenOneChannelWithTheLinkedCardAndInviteOnCallWhenAHighUrgencyIncidentTriggers() throws Exception {
        Incident incident = stage.declared("PT4KHLK");

        assertThat(stage.incidentChannels()).hasSize(1);
        assertThat(incident.severity()).isEqualTo("sev1");
        assertThat(incident.service()).isEqualTo("core-api");
        assertThat(incident.alertCount()).isEqualTo(1);
        assertThat(stage.card(incident))
                .contains("https://app.pagerduty.com/incidents/PT4KHLK").contains("incident.ack");
        assertThat(stage.slack.members(incident.channelId())).contains(CAROL);

        String body = triggered("ev-PT4KHLK", "PT4KHLK");
        for (int i = 0; i < 4; i++) {
            assertThat(stage.deliver(body)).isEqualTo(200);
        }
        stage.restart();
        assertThat(stage.deliver(body)).isEqualTo(200);
        assertThat(stage.deliver(triggered("ev-PT4KHLK-retry", "PT4KHLK"))).isEqualTo(202);
        await().atMost(WAIT).until(() -> stage.processed("ev-PT4KHLK-retry"));

        assertThat(stage.incidentChannels()).hasSize(1);
    }

    @Test
    void shouldCreateNothingWhenTheSignatureIsWrongOrMissingAndAcceptARotatedSecret() {
        String body = triggered("ev-sig", "PSIG001");

        URI base = stage.nexus.baseUri();
        assertThat(Webhooks.deliver(base, body, PagerDutySigner.v1("wrong", body)).status()).isEqualTo(401);
        assertThat(Webhooks.deliver(base, body, null).status()).isEqualTo(401);
        assertThat(stage.incidentChannels()).isEmpty();

        String rotated = PagerDutySigner.v1("previous-secret", body) + "," + PagerDutySigner.v1(PdStage.SECRET, body);
        assertThat(Webhooks.deliver(base, body, rotated).status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> stage.incidentChannels().size() == 1);
    }

    @Test
    void shouldSendOnePutAsTheClickerAndPostOnceWhenAcknowledgeIsClickedAndItsEchoArrives() throws Exception {
        rest.stubFor(put("/incidents/PACK001").willReturn(okJson(Fixtures.read("incident-acknowledged.json"))));
        Incident incident = stage.declared("PACK001");
        int updatesBefore = stage.slack.calls("chat.update").size();

        FakeEphemeral reply = stage.clickAcknowledge(incident, ADA, "earline");

        assertThat(reply.text()).contains("Acknowledged here and in PagerDuty (as " + ADA_EMAIL + ")");
        rest.verify(1, putRequestedFor(urlPathEqualTo("/incidents/PACK001")).withHeader("From", equalTo(ADA_EMAIL))
                .withRequestBody(equalToJson(Fixtures.ACKNOWLEDGE)));
        await().atMost(WAIT).until(() -> stage.slack.calls("chat.update").size() == updatesBefore + 1);

        String echo = Webhooks.incident("ev-ack-echo", "incident.acknowledged", "PACK001", CORE_API, "high", "P1",
                "PXPGF42");
        assertThat(stage.deliver(echo)).isEqualTo(202);
        await().atMost(WAIT).until(() -> stage.processed("ev-ack-echo"));

        assertThat(stage.slack.calls("chat.update")).hasSize(updatesBefore + 1);
        assertThat(stage.card(incident)).contains("acknowledged").doesNotContain("incident.ack");
        assertThat(stage.posts(incident, "acknowledged")).isEqualTo(1);
        assertThat(stage.timeline(incident.id())).filteredOn(e -> e.text().contains("acknowledged")).hasSize(1);
        assertThat(rest.findAll(putRequestedFor(urlPathEqualTo("/incidents/PACK001")))).hasSize(1);
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
        rest.stubFor(put("/incidents/PFLAKY1").inScenario("flaky").whenScenarioStateIs(STARTED).willReturn(first)
                .willSetStateTo("ok"));
        rest.stubFor(put("/incidents/PFLAKY1").inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson(Fixtures.read("incident-acknowledged.json"))));
        Incident incident = stage.declared("PFLAKY1");

        FakeEphemeral reply = stage.clickAcknowledge(incident, ADA, "earline");

        assertThat(reply.text()).contains("Acknowledged here and in PagerDuty");
        assertThat(rest.findAll(putRequestedFor(urlPathEqualTo("/incidents/PFLAKY1")))).hasSize(2);
        assertThat(stage.posts(incident, "acknowledged")).isEqualTo(1);
        assertThat(state("PFLAKY1")).isEqualTo("done");
    }

    @Test
    void shouldTellTheUserAndKeepEverythingWhenPagerDutyAnswers500Forever() throws Exception {
        rest.stubFor(put("/incidents/PDOWN01").willReturn(aResponse().withStatus(500)
                .withBody(Fixtures.read("error-internal.json"))));
        Incident incident = stage.declared("PDOWN01");

        FakeEphemeral reply = stage.clickAcknowledge(incident, ADA, "earline");

        assertThat(reply.text()).contains("Acknowledged here, but PagerDuty's half failed")
                .contains("HTTP 500").contains("keeps retrying").doesNotContain("Exception");
        assertThat(stage.incidents().findById(incident.id()).orElseThrow().acknowledgedAt()).isNotNull();
        assertThat(stage.timeline(incident.id())).extracting(TimelineEntry::text)
                .anySatisfy(t -> assertThat(t).contains("acknowledged the incident"))
                .anySatisfy(t -> assertThat(t).contains("retrying"));
        assertThat(state("PDOWN01")).isEqualTo("pending");
        assertThat(stage.posts(incident, "acknowledged")).isEqualTo(1);
    }

    @Test
    void shouldCountTwentyAlertsInOneIncidentWhenCoreApiTriggersTwentyTimesInTwoMinutes() {
        for (int i = 1; i <= 20; i++) {
            assertThat(stage.deliver(triggered("ev-storm-" + i, "PSTORM" + i))).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> stage.processed("ev-storm-20"));

        assertThat(stage.incidentChannels()).hasSize(1);
        Incident incident = stage.incidents().findByPagerDuty("PSTORM1").orElseThrow();
        assertThat(incident.alertCount()).isEqualTo(20);
        assertThat(stage.timeline(incident.id())).filteredOn(e -> "alert".equals(e.kind())).hasSize(19);
        await().atMost(WAIT).untilAsserted(() -> assertThat(stage.card(incident)).contains("20 alerts"));
    }

    String state(String pdId) {
        return stage.nexus.nexus().database().jdbc().queryFirst(
                "SELECT state FROM pagerduty_writes WHERE pd_incident_id = ?", r -> r.getString("state"), pdId)
                .orElse("none");
    }
}
