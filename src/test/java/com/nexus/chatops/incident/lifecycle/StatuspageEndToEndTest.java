package com.nexus.chatops.incident.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A Statuspage outage (WireMock answering 503) never holds back the Slack update; the responder is told. */
class StatuspageEndToEndTest extends CommsEndToEndTest {
    private static WireMockServer statuspage;

    @Override
    Map<String, String> env() {
        statuspage = new WireMockServer(wireMockConfig().dynamicPort());
        statuspage.start();
        statuspage.stubFor(post(urlEqualTo("/v1/pages/PAGE1/incidents")).willReturn(aResponse().withStatus(503)));
        return Map.of("STATUSPAGE_API_KEY", "sp-key", "STATUSPAGE_PAGE_ID", "PAGE1",
                "STATUSPAGE_API_URL", statuspage.baseUrl() + "/v1");
    }

    @AfterEach
    void stopStatuspage() {
        statuspage.stop();
    }

    @Test
    void shouldPostToSlackAndSayTheStatusPageFailedWhenStatuspageIsDown() {
        String reply = command("update investigating", CHANNEL, NAME, "sp");

        assertThat(slack.messages(CHANNEL)).hasSize(1);
        assertThat(slack.messages(STATUS)).hasSize(1);
        assertThat(reply).contains("update posted here and in #nexus-status.")
                .contains("The status page was not updated: Statuspage answered HTTP 503");
        statuspage.verify(1, postRequestedFor(urlEqualTo("/v1/pages/PAGE1/incidents")));
    }
}
