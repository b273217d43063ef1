package com.nexus.chatops.incident.pagerduty;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link PdStage} per test over PagerDuty's REST and Events APIs on WireMock (one pair per test class). */
abstract class PdStageTestBase {
    @RegisterExtension
    static WireMockExtension rest = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    @RegisterExtension
    static WireMockExtension events = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    PdStage stage;

    @BeforeEach
    void startStage() {
        stage = new PdStage(dir, rest, events);
    }

    @AfterEach
    void stopStage() throws Exception {
        stage.close();
    }
}
