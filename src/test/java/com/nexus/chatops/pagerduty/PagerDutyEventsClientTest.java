package com.nexus.chatops.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Events API v2 against a fake PagerDuty; every event sent is checked against the Events spec. */
class PagerDutyEventsClientTest {
    private static final String ACCEPTED =
            "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"nexus-INC-7-core-api\"}";

    @RegisterExtension
    static WireMockExtension pd = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private PagerDutyEventsClient events;

    @BeforeEach
    void connect() {
        events = new PagerDutyEventsClient(pd.baseUrl(),
                new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(30), sleeper), 2);
        assertThat(OpenApiContract.EVENTS.responseErrors(
                OpenApiContract.EVENTS.operation("POST", "/v2/enqueue").orElseThrow(), 202, ACCEPTED)).isEmpty();
    }

    @AfterEach
    void everyEventMatchesTheSpec() {
        events.close();
        ContractCheck.assertAllMatch(OpenApiContract.EVENTS, pd.getAllServeEvents());
    }

    @Test
    void shouldSendTheSameDedupKeyWhenTheSamePageIsTriggeredTwice() {
        pd.stubFor(post("/v2/enqueue").willReturn(aResponse().withStatus(202).withBody(ACCEPTED)));

        events.trigger("R0UTINGKEY", "nexus-INC-7-core-api", "INC-7: checkout 500s", "core-api", AlertSeverity.CRITICAL);
        events.trigger("R0UTINGKEY", "nexus-INC-7-core-api", "INC-7: checkout 500s", "core-api", AlertSeverity.CRITICAL);

        pd.verify(2, postRequestedFor(urlPathEqualTo("/v2/enqueue"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"routing_key\":\"R0UTINGKEY\",\"event_action\":\"trigger\","
                        + "\"dedup_key\":\"nexus-INC-7-core-api\",\"payload\":{\"summary\":\"INC-7: checkout 500s\","
                        + "\"source\":\"core-api\",\"severity\":\"critical\"}}")));
    }

    @Test
    void shouldSendResolveForTheSameAlertWhenResolving() {
        pd.stubFor(post("/v2/enqueue").willReturn(aResponse().withStatus(202).withBody(ACCEPTED)));

        String key = events.resolve("R0UTINGKEY", "nexus-INC-7-core-api");

        assertThat(key).isEqualTo("nexus-INC-7-core-api");
        pd.verify(1, postRequestedFor(urlPathEqualTo("/v2/enqueue")).withRequestBody(equalToJson(
                "{\"routing_key\":\"R0UTINGKEY\",\"event_action\":\"resolve\",\"dedup_key\":\"nexus-INC-7-core-api\"}")));
    }

    @Test
    void shouldRetryThenSucceedOnceWhenTheEventsApiIsRateLimited() {
        pd.stubFor(post("/v2/enqueue").inScenario("limit").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429)).willSetStateTo("open"));
        pd.stubFor(post("/v2/enqueue").inScenario("limit").whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(202).withBody(ACCEPTED)));

        events.acknowledge("R0UTINGKEY", "nexus-INC-7-core-api");

        assertThat(sleeper.waits).hasSize(1);
        pd.verify(2, postRequestedFor(urlPathEqualTo("/v2/enqueue")));
    }

    @Test
    void shouldShowTheEventsApiReasonWhenTheEventIsRefused() {
        pd.stubFor(post("/v2/enqueue").willReturn(aResponse().withStatus(400).withBody(
                "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\","
                        + "\"errors\":[\"'routing_key' is invalid\"]}")));

        assertThatThrownBy(() -> events.trigger("WRONG", "nexus-INC-7-core-api", "INC-7", "core-api",
                AlertSeverity.ERROR))
                .isInstanceOf(PagerDutyException.class)
                .hasMessage("PagerDuty refused to page core-api: Event object is invalid ('routing_key' is invalid).");
        pd.verify(1, postRequestedFor(urlPathEqualTo("/v2/enqueue")));
    }

    @Test
    void shouldCutTheSummaryToWhatPagerDutyAcceptsWhenItIsTooLong() {
        pd.stubFor(post("/v2/enqueue").willReturn(aResponse().withStatus(202).withBody(ACCEPTED)));

        events.trigger("R0UTINGKEY", "nexus-INC-8-core-api", "x".repeat(5000), "core-api", AlertSeverity.WARNING);

        String body = pd.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).contains("\"x".concat("x".repeat(1022)).concat("…\"")).doesNotContain("x".repeat(1024));
    }

    @Test
    void shouldRefuseToSendWhenNoStableDedupKeyIsGiven() {
        assertThatThrownBy(() -> events.trigger("R0UTINGKEY", " ", "INC-9", "core-api", AlertSeverity.INFO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedup key");
        assertThat(pd.getAllServeEvents()).isEmpty();
    }
}
