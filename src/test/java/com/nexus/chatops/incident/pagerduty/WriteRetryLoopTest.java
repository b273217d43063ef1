package com.nexus.chatops.incident.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nexus.chatops.Nexus;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.pagerduty.ContractCheck;
import com.nexus.chatops.pagerduty.Fixtures;
import com.nexus.chatops.pagerduty.OpenApiContract;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.pagerduty.PagerDutyClient;
import com.nexus.chatops.pagerduty.PagerDutyEventsClient;
import com.nexus.chatops.pagerduty.WebhookEvent;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.SettableClock;
import com.nexus.chatops.testing.TestStores;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A write PagerDuty refused for now (rate limited past the client's retries) goes through on a later round. */
class WriteRetryLoopTest {
    static final String PD_ID = "PRTY001";

    @RegisterExtension
    static WireMockExtension pd = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    @AfterEach
    void contract() {
        ContractCheck.assertAllMatch(OpenApiContract.REST, pd.getAllServeEvents());
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldSendTheAcknowledgementOnceOnALaterRoundWhenPagerDutyRateLimitedTheFirstAttempt(String backend) {
        pd.stubFor(get(urlPathEqualTo("/services/" + PdStage.CORE_API)).willReturn(okJson(Fixtures.read("service.json"))));
        pd.stubFor(get(urlPathEqualTo("/oncalls")).willReturn(okJson(Fixtures.read("oncalls-page2.json"))));
        pd.stubFor(get(urlPathEqualTo("/users")).willReturn(okJson(Fixtures.read("users.json"))));
        pd.stubFor(put("/incidents/" + PD_ID).willReturn(aResponse().withStatus(429).withHeader("ratelimit-reset", "0")
                .withBody(Fixtures.read("error-rate-limit.json"))));
        SettableClock clock = new SettableClock(Instant.now());
        PagerDutyAccess access = new PagerDutyAccess(Optional.of(new PagerDutyClient(pd.baseUrl(), "u+test-token")),
                new PagerDutyEventsClient(pd.baseUrl()), Optional.of("nexus-bot@example.com"));
        try (FakeSlack slack = FakeSlack.start().rateLimits(false).addChannel("C0STATUS", "nexus-status")
                .addUser(PdStage.ADA, "earline", PdStage.ADA_EMAIL)
                .addUsergroup(PdStage.RESPONDERS, "responders", PdStage.ADA);
             var store = TestStores.open(backend, dir);
             Nexus nexus = SyncStack.open(store.url(), slack, access, clock)) {
            nexus.pagerDutyEvents().handle(WebhookEvent.parse(PdStage.event("ev-rty", "incident.triggered", PD_ID)));
            Incident incident = nexus.incidents().findByPagerDuty(PD_ID).orElseThrow();

            String reply = nexus.pagerDutyActions().acknowledge(incident, PdStage.ADA, null, null).text();

            assertThat(reply).contains("PagerDuty's half failed").contains("keeps retrying");
            int sentFirst = pd.findAll(putRequestedFor(urlPathEqualTo("/incidents/" + PD_ID))).size();
            assertThat(nexus.retryPagerDutyWrites()).isZero();

            pd.stubFor(put("/incidents/" + PD_ID).willReturn(okJson(Fixtures.read("incident-acknowledged.json"))));
            clock.advance(Duration.ofSeconds(31));
            assertThat(nexus.retryPagerDutyWrites()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(15));
            assertThat(nexus.retryPagerDutyWrites()).isZero();

            pd.verify(sentFirst + 1, putRequestedFor(urlPathEqualTo("/incidents/" + PD_ID))
                    .withHeader("From", equalTo(PdStage.ADA_EMAIL)));
            assertThat(nexus.database().jdbc().queryFirst("SELECT state, attempts FROM pagerduty_writes",
                    r -> r.getString("state") + "/" + r.getInt("attempts"))).contains("done/2");
            String caughtUp = ":white_check_mark: PagerDuty caught up: the acknowledge of incident " + PD_ID
                    + " went through after 2 attempts.";
            await().atMost(Duration.ofSeconds(10)).during(Duration.ofMillis(300)).untilAsserted(() ->
                    assertThat(slack.messages(incident.channelId())).filteredOn(m -> m.text().contains("caught up"))
                            .singleElement().satisfies(m -> assertThat(m.text()).isEqualTo(caughtUp)));
            assertThat(new TimelineRepository(nexus.database().jdbc()).list(incident.id()))
                    .extracting(TimelineEntry::text).containsOnlyOnce(caughtUp);
        }
    }
}
