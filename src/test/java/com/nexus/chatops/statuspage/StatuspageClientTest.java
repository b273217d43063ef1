package com.nexus.chatops.statuspage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Statuspage client and mirror against WireMock (Jetty 12) standing in for api.statuspage.io. */
class StatuspageClientTest {
    private static final String INCIDENTS = "/v1/pages/PAGE1/incidents";
    @TempDir
    Path dir;
    private WireMockServer statuspage;

    @BeforeEach
    void start() {
        statuspage = new WireMockServer(wireMockConfig().dynamicPort());
        statuspage.start();
    }

    @AfterEach
    void stop() {
        statuspage.stop();
    }

    private StatuspageClient client() {
        return new StatuspageClient(statuspage.baseUrl() + "/v1", "PAGE1", "sp-key", Duration.ofMillis(50));
    }

    @Test
    void shouldCreateOnTheFirstUpdateAndPatchOnTheNextWhenMirroring() {
        statuspage.stubFor(post(urlEqualTo(INCIDENTS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"sp-123\",\"status\":\"investigating\"}")));
        statuspage.stubFor(patch(urlEqualTo(INCIDENTS + "/sp-123")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"sp-123\"}")));
        try (var store = TestStores.sqlite(dir)) {
            long id = store.database().jdbc().queryFirst("INSERT INTO incidents (day, seq, channel_name, title,"
                    + " severity, status, declared_by, declared_at, declare_key, updated_at) VALUES (?, 1,"
                    + " 'incident-20261124-001', 't', 'sev2', 'INVESTIGATING', 'U1', ?, 'k', ?) RETURNING id",
                    r -> r.getLong(1), LocalDate.of(2026, 11, 24), Instant.EPOCH, Instant.EPOCH).orElseThrow();
            StatuspageMirror mirror = new StatuspageMirror(client(), new StatuspageLinks(store.database().jdbc()));

            assertThat(mirror.publish(id, "Elevated 5xx on core-api", "investigating", "[Investigating] We are …"))
                    .isEmpty();
            assertThat(mirror.publish(id, "Elevated 5xx on core-api", "identified", "[Identified] Found it.")).isEmpty();

            statuspage.verify(1, postRequestedFor(urlEqualTo(INCIDENTS))
                    .withHeader("Authorization", equalTo("OAuth sp-key"))
                    .withRequestBody(equalToJson("{\"incident\":{\"name\":\"Elevated 5xx on core-api\","
                            + "\"status\":\"investigating\",\"body\":\"[Investigating] We are …\","
                            + "\"deliver_notifications\":true}}")));
            statuspage.verify(1, patchRequestedFor(urlEqualTo(INCIDENTS + "/sp-123"))
                    .withHeader("Authorization", equalTo("OAuth sp-key"))
                    .withRequestBody(equalToJson("{\"incident\":{\"status\":\"identified\","
                            + "\"body\":\"[Identified] Found it.\"}}")));
            assertThat(new StatuspageLinks(store.database().jdbc()).find(id)).contains("sp-123");
        }
    }

    @Test
    void shouldWaitAndRetryWhenStatuspageAnswers429() {
        statuspage.stubFor(patch(urlEqualTo(INCIDENTS + "/sp-9")).inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("open"));
        statuspage.stubFor(patch(urlEqualTo(INCIDENTS + "/sp-9")).inScenario("limit").whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        long started = System.nanoTime();

        client().update("sp-9", "monitoring", "[Monitoring] watching");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        statuspage.verify(2, patchRequestedFor(urlEqualTo(INCIDENTS + "/sp-9")));
    }

    @Test
    void shouldGiveUpWithAClearReasonWhenTheKeyIsRefusedOrTheLimitPersists() {
        statuspage.stubFor(post(urlEqualTo(INCIDENTS)).willReturn(aResponse().withStatus(401)));
        statuspage.stubFor(patch(urlEqualTo(INCIDENTS + "/sp-1")).willReturn(aResponse().withStatus(420)
                .withHeader("Retry-After", "0")));

        assertThatThrownBy(() -> client().create("t", "investigating", "b")).isInstanceOf(StatuspageException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("API key").hasMessageNotContaining("sp-key");
        assertThatThrownBy(() -> client().update("sp-1", "identified", "b")).isInstanceOf(StatuspageException.class)
                .hasMessageContaining("rate limited");
        statuspage.verify(StatuspageClient.MAX_ATTEMPTS, patchRequestedFor(urlEqualTo(INCIDENTS + "/sp-1")));
    }
}
