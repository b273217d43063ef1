package com.nexus.chatops.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The REST client against a fake PagerDuty over HTTP; every request it sent is checked against the spec. */
class PagerDutyClientTest {
    static final String TOKEN = "u+pd-test-token-123";
    static final String FROM = "ada@example.com";
    static final String ACK = Fixtures.ACKNOWLEDGE;

    @RegisterExtension
    static WireMockExtension pd = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private PagerDutyClient client;

    @BeforeEach
    void connect() {
        client = new PagerDutyClient(pd.baseUrl(), TOKEN,
                new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(30), sleeper), 1);
    }

    @AfterEach
    void everyRequestMatchesTheSpec() {
        client.close();
        ContractCheck.assertAllMatch(OpenApiContract.REST, pd.getAllServeEvents());
    }

    @Test
    void shouldSendExactlyOnePutWithFromAndTheAckBodyWhenAcknowledging() {
        pd.stubFor(put("/incidents/PT4KHLK").willReturn(okJson(Fixtures.read("incident-acknowledged.json"))));

        PdIncident incident = client.acknowledge("PT4KHLK", FROM);

        assertThat(incident.status()).isEqualTo("acknowledged");
        pd.verify(1, putRequestedFor(urlPathEqualTo("/incidents/PT4KHLK"))
                .withHeader("From", equalTo(FROM))
                .withHeader("Authorization", equalTo("Token token=" + TOKEN))
                .withHeader("Accept", equalTo("application/vnd.pagerduty+json;version=2"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(ACK)));
        assertThat(pd.getAllServeEvents()).hasSize(1);
    }

    @Test
    void shouldSendTheResolutionWhenResolvingWithOne() {
        pd.stubFor(put("/incidents/PT4KHLK").willReturn(okJson(Fixtures.read("incident-resolved.json"))));

        PdIncident incident = client.resolve("PT4KHLK", FROM, "Rolled back to v41");

        assertThat(incident.status()).isEqualTo("resolved");
        pd.verify(1, putRequestedFor(urlPathEqualTo("/incidents/PT4KHLK")).withHeader("From", equalTo(FROM))
                .withRequestBody(equalToJson("{\"incident\":{\"type\":\"incident_reference\",\"status\":\"resolved\","
                        + "\"resolution\":\"Rolled back to v41\"}}")));
    }

    @Test
    void shouldAddTheNoteWithFromWhenPostingAStatusUpdate() {
        pd.stubFor(post("/incidents/PT4KHLK/notes").willReturn(okJson(Fixtures.read("note.json"))));

        PdNote note = client.addNote("PT4KHLK", FROM, "Firefighters are on the scene.");

        assertThat(note.id()).isEqualTo("PWL7QXS");
        pd.verify(1, postRequestedFor(urlPathEqualTo("/incidents/PT4KHLK/notes")).withHeader("From", equalTo(FROM))
                .withRequestBody(equalToJson("{\"note\":{\"content\":\"Firefighters are on the scene.\"}}")));
    }

    @Test
    void shouldWaitTheSecondsPagerDutyGivesThenCompleteOnceWhenRateLimited() {
        pd.stubFor(put("/incidents/PT4KHLK").inScenario("limit").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("ratelimit-reset", "7")
                        .withBody(Fixtures.read("error-rate-limit.json")))
                .willSetStateTo("open"));
        pd.stubFor(put("/incidents/PT4KHLK").inScenario("limit").whenScenarioStateIs("open")
                .willReturn(okJson(Fixtures.read("incident-acknowledged.json"))));

        client.acknowledge("PT4KHLK", FROM);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
        pd.verify(2, putRequestedFor(urlPathEqualTo("/incidents/PT4KHLK")).withRequestBody(equalToJson(ACK)));
    }

    @Test
    void shouldBackOffWithJitterThenCompleteOnceWhenRateLimitedWithoutRatelimitReset() {
        pd.stubFor(put("/incidents/PT4KHLK").inScenario("limit").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withBody(Fixtures.read("error-rate-limit.json")))
                .willSetStateTo("open"));
        pd.stubFor(put("/incidents/PT4KHLK").inScenario("limit").whenScenarioStateIs("open")
                .willReturn(okJson(Fixtures.read("incident-acknowledged.json"))));

        client.acknowledge("PT4KHLK", FROM);

        assertThat(sleeper.waits).singleElement()
                .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)));
        pd.verify(2, putRequestedFor(urlPathEqualTo("/incidents/PT4KHLK")));
    }

    @Test
    void shouldRetryThenCompleteOnceWhenPagerDutyAnswers500ThenOk() {
        pd.stubFor(put("/incidents/PT4KHLK").inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(500).withBody(Fixtures.read("error-internal.json")))
                .willSetStateTo("up"));
        pd.stubFor(put("/incidents/PT4KHLK").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson(Fixtures.read("incident-acknowledged.json"))));

        PdIncident incident = client.acknowledge("PT4KHLK", FROM);

        assertThat(incident.status()).isEqualTo("acknowledged");
        pd.verify(2, putRequestedFor(urlPathEqualTo("/incidents/PT4KHLK")));
    }

    @Test
    void shouldFailClearlyAfterBoundedRetriesWhenPagerDutyAnswers500Forever() {
        pd.stubFor(put("/incidents/PT4KHLK")
                .willReturn(aResponse().withStatus(500).withBody(Fixtures.read("error-internal.json"))));

        assertThatThrownBy(() -> client.acknowledge("PT4KHLK", FROM))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.status()).isEqualTo(500);
                })
                .hasMessage("PagerDuty did not acknowledge incident PT4KHLK after 4 attempts (last: HTTP 500); "
                        + "try again in a minute.");
        pd.verify(4, putRequestedFor(urlPathEqualTo("/incidents/PT4KHLK")));
        assertThat(sleeper.waits).hasSize(3).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void shouldSurfacePagerDutysOwnMessageWithoutRetryingWhenTheRequestIsRefused() {
        pd.stubFor(put("/incidents/PT4KHLK").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.read("error-invalid-input.json"))));

        assertThatThrownBy(() -> client.acknowledge("PT4KHLK", "nobody@example.com"))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.errors()).containsExactly("Requester User Not Found");
                })
                .hasMessage("PagerDuty refused to acknowledge incident PT4KHLK: Invalid Input Provided "
                        + "(Requester User Not Found).")
                .hasMessageNotContaining(TOKEN);
        pd.verify(1, putRequestedFor(urlPathEqualTo("/incidents/PT4KHLK")));
    }

    @Test
    void shouldFollowEveryPageWhenListingWhoIsOnCall() {
        pd.stubFor(get(urlPathEqualTo("/oncalls")).withQueryParam("offset", equalTo("0"))
                .willReturn(okJson(Fixtures.read("oncalls-page1.json"))));
        pd.stubFor(get(urlPathEqualTo("/oncalls")).withQueryParam("offset", equalTo("2"))
                .willReturn(okJson(Fixtures.read("oncalls-page2.json"))));

        List<PdOnCall> onCalls = client.onCalls(List.of("PT20YPA"));

        assertThat(onCalls).extracting(PdOnCall::escalationLevel, PdOnCall::userEmail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "125.greenholt.earline@graham.name"),
                org.assertj.core.groups.Tuple.tuple(2, "126_dvm_kyler_kuhn@beahan.name"),
                org.assertj.core.groups.Tuple.tuple(3, "carol@example.com"));
        pd.verify(2, getRequestedFor(urlPathEqualTo("/oncalls"))
                .withQueryParam("escalation_policy_ids[]", equalTo("PT20YPA"))
                .withQueryParam("include[]", equalTo("users"))
                .withQueryParam("earliest", equalTo("true"))
                .withQueryParam("limit", equalTo("100")));
    }

    @Test
    void shouldReadTheEscalationPolicyWhenGettingAService() {
        pd.stubFor(get(urlPathEqualTo("/services/PIJ90N7")).willReturn(okJson(Fixtures.read("service.json"))));

        PdService service = client.service("PIJ90N7");

        assertThat(service).isEqualTo(new PdService("PIJ90N7", "My Application Service",
                "https://subdomain.pagerduty.com/service-directory/PIJ90N7", "PT20YPA", "Another Escalation Policy"));
    }

    @Test
    void shouldReadTheIncidentWhenGettingOne() {
        pd.stubFor(get(urlPathEqualTo("/incidents/PT4KHLK")).willReturn(okJson(Fixtures.read("incident.json"))));

        PdIncident incident = client.incident("PT4KHLK");

        assertThat(incident).isEqualTo(new PdIncident("PT4KHLK", 1234, "The server is on fire.", "acknowledged",
                incident.urgency(), "https://subdomain.pagerduty.com/incidents/PT4KHLK", "PIJ90N7", "My Mail Service",
                "PT20YPA", "P2"));
        pd.verify(1, getRequestedFor(urlPathEqualTo("/incidents/PT4KHLK"))
                .withHeader("Authorization", equalTo("Token token=" + TOKEN)));
    }

    @Test
    void shouldFilterByServiceAndStatusWhenListingIncidents() {
        pd.stubFor(get(urlPathEqualTo("/incidents")).willReturn(okJson(Fixtures.read("incidents.json"))));

        List<PdIncident> incidents = client.incidents(List.of("PIJ90N7"), List.of("triggered", "acknowledged"));

        assertThat(incidents).extracting(PdIncident::id).containsExactly("PT4KHLK");
        pd.verify(1, getRequestedFor(urlPathEqualTo("/incidents")).withQueryParam("service_ids[]", equalTo("PIJ90N7")));
    }

    @Test
    void shouldMatchOnlyTheExactEmailWhenFindingAUser() {
        pd.stubFor(get(urlPathEqualTo("/users")).willReturn(okJson(Fixtures.read("users.json"))));

        assertThat(client.userByEmail("126_DVM_kyler_kuhn@beahan.name")).map(PdUser::id).contains("PAM4FGS");
        assertThat(client.userByEmail("kuhn@beahan.name")).isEmpty();
        pd.verify(getRequestedFor(urlPathEqualTo("/users")).withQueryParam("query", equalTo("kuhn@beahan.name")));
    }

    @Test
    void shouldStopAfterTheBoundedNumberOfPagesWhenPagerDutyAlwaysSaysThereIsMore() {
        String endless = Fixtures.read("incidents.json").replace("\"more\": false", "\"more\": true");
        pd.stubFor(get(urlPathEqualTo("/incidents")).willReturn(okJson(endless)));

        List<PdIncident> incidents = client.incidents(List.of(), List.of());

        assertThat(incidents).hasSize(PagerDutyClient.MAX_PAGES);
        pd.verify(PagerDutyClient.MAX_PAGES, getRequestedFor(urlPathEqualTo("/incidents")));
    }

    @Test
    void shouldReallyWaitBeforeRetryingWhenPagerDutySaysWhenTheLimitResets() {
        pd.stubFor(get(urlPathEqualTo("/services/PIJ90N7")).inScenario("limit").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("ratelimit-reset", "1")
                        .withBody(Fixtures.read("error-rate-limit.json")))
                .willSetStateTo("open"));
        pd.stubFor(get(urlPathEqualTo("/services/PIJ90N7")).inScenario("limit").whenScenarioStateIs("open")
                .willReturn(okJson(Fixtures.read("service.json"))));
        long start = System.nanoTime();

        try (PagerDutyClient real = new PagerDutyClient(pd.baseUrl(), TOKEN)) {
            assertThat(real.service("PIJ90N7").escalationPolicyId()).isEqualTo("PT20YPA");
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldRefuseWithoutCallingWhenTheIdCouldReshapeThePath() {
        assertThatThrownBy(() -> client.acknowledge("../users", FROM))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("is not a PagerDuty id");
        assertThat(pd.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldNeverShowTheTokenWhenPrinted() {
        assertThat(client.toString()).doesNotContain(TOKEN).contains(pd.baseUrl());
    }
}
