package com.nexus.chatops.incident.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.nexus.chatops.incident.pagerduty.PdStage.ADA;
import static com.nexus.chatops.incident.pagerduty.PdStage.CAROL;
import static com.nexus.chatops.incident.pagerduty.PdStage.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.pagerduty.Fixtures;
import com.nexus.chatops.pagerduty.Webhooks;
import com.nexus.chatops.testing.SlackDefaults;
import com.nexus.chatops.timeline.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `/nexus oncall` and `/nexus page` against PagerDuty's REST and Events APIs (spec-checked WireMock). */
class OnCallAndPageEndToEndTest extends PdStageTestBase {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldListWhoIsOnCallPerLevelAcrossPagesWhenOncallNamesAService() {
        rest.stubFor(get(urlPathEqualTo("/oncalls")).withQueryParam("offset", equalTo("0"))
                .willReturn(okJson(Fixtures.read("oncalls-page1.json"))));

        String reply = stage.command("oncall core-api", CAROL, SlackDefaults.CHANNEL_ID, SlackDefaults.CHANNEL_NAME,
                "oncall");

        assertThat(reply).contains("*On call now for core-api*\n"
                + "• Level 1: <@" + ADA + ">\n"
                + "• Level 2: Kyler Kuhn (126_dvm_kyler_kuhn@beahan.name, not found in Slack)\n"
                + "• Level 3: <@" + CAROL + ">");
        rest.verify(1, getRequestedFor(urlPathEqualTo("/services/" + PdStage.CORE_API)));
        rest.verify(2, getRequestedFor(urlPathEqualTo("/oncalls"))
                .withQueryParam("escalation_policy_ids[]", equalTo("PT20YPA")));
    }

    @Test
    void shouldPageWithOneStableDedupKeyAndLinkThePagesIncidentWithoutANewChannelWhenPagedFromAnIncident()
            throws Exception {
        Incident incident = declaredFromSlack();

        String first = stage.command("page core-api DB failover is stuck", ADA, incident, "page-1");
        String second = stage.command("page core-api DB failover is stuck", ADA, incident, "page-2");

        String key = "nexus-" + incident.id() + "-core-api";
        assertThat(first).contains("dedup key `" + key + "`");
        assertThat(second).contains("dedup key `" + key + "`");
        List<LoggedRequest> sent = events.findAll(postRequestedFor(urlPathEqualTo("/v2/enqueue")));
        assertThat(sent).hasSize(2);
        for (LoggedRequest r : sent) {
            JsonNode body = JSON.readTree(r.getBodyAsString());
            assertThat(body.path("dedup_key").asText()).isEqualTo(key);
            assertThat(body.path("event_action").asText()).isEqualTo("trigger");
            assertThat(body.path("routing_key").asText()).isEqualTo("RXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX4");
            assertThat(body.path("payload").path("summary").asText()).contains("DB failover is stuck");
        }

        String opened = Webhooks.incident("ev-page", "incident.triggered", "PPAGE01", PdStage.CORE_API, "high", "P1",
                null).replace("\"incident_key\":\"key-PPAGE01\"", "\"incident_key\":\"" + key + "\"");
        stage.delivered("ev-page", opened);

        assertThat(stage.incidentChannels()).hasSize(1);
        assertThat(stage.reload(incident).pagerdutyIncidentId()).isEqualTo("PPAGE01");
        assertThat(stage.timeline(incident.id())).filteredOn(e -> "page".equals(e.kind()))
                .extracting(TimelineEntry::text)
                .containsOnlyOnce("PagerDuty #7 opened for core-api by the page is linked to this incident");
        assertThat(stage.posts(incident, "by the page is linked to this incident")).isEqualTo(1);
    }

    private Incident declaredFromSlack() {
        stage.command("declare sev3 Checkout errors on core-api", ADA, SlackDefaults.CHANNEL_ID,
                SlackDefaults.CHANNEL_NAME, "declare");
        return await().atMost(WAIT).until(() -> stage.incidents().open().stream()
                .filter(i -> i.channelId() != null && i.cardTs() != null).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }
}
