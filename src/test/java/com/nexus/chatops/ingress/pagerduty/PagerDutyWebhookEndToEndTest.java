package com.nexus.chatops.ingress.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.pagerduty.Fixtures;
import com.nexus.chatops.store.Database;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.HttpPoster;
import com.nexus.chatops.testing.PagerDutySigner;
import com.nexus.chatops.testing.RunningNexus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /webhooks/pagerduty on the real server with a SQLite file, so restarts can be tested. */
class PagerDutyWebhookEndToEndTest {
    private static final String SECRET = "pd-webhook-secret";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private FakeSlack slack;
    private RunningNexus nexus;

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        nexus = startNexus(Map.of("PAGERDUTY_WEBHOOK_SECRET", SECRET));
    }

    @AfterEach
    void stop() throws Exception {
        if (nexus != null) {
            nexus.close();
        }
        slack.close();
    }

    private RunningNexus startNexus(Map<String, String> env) {
        return RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), env);
    }

    private void restart(Map<String, String> env) throws Exception {
        nexus.close();
        nexus = null;
        nexus = startNexus(env);
    }

    private static String sample() {
        return Fixtures.read("incident.priority_updated.json");
    }

    private HttpPoster.Result deliver(String body, String signature) {
        Map<String, String> headers = new HashMap<>();
        if (signature != null) {
            headers.put("X-PagerDuty-Signature", signature);
        }
        return HttpPoster.post(nexus.baseUri().resolve(PagerDutyWebhooks.PATH), "application/json", body, headers);
    }

    private long stored() {
        return nexus.nexus().database().jdbc().queryFirst("SELECT COUNT(*) AS n FROM inbox WHERE source = ?",
                row -> row.getLong("n"), "pagerduty").orElseThrow();
    }

    private boolean processed(String eventId) {
        return nexus.nexus().database().jdbc().queryFirst(
                "SELECT processed_at FROM inbox WHERE source = ? AND dedupe_key = ?",
                row -> row.getObject("processed_at") != null, "pagerduty", eventId).orElse(false);
    }

    @Test
    void shouldAnswerFastStoreAndProcessTheEventWhenTheSignatureIsValid() {
        String body = sample();

        HttpPoster.Result result = deliver(body, PagerDutySigner.v1(SECRET, body));

        assertThat(result.status()).isEqualTo(202);
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(1));
        assertThat(stored()).isEqualTo(1);
        await().atMost(WAIT).until(() -> processed("5ac64822-4adc-4fda-ade0-410becf0de4f"));
    }

    @Test
    void shouldStoreOnceWhenTheSameDeliveryArrivesFiveTimesAndAgainAfterARestart() throws Exception {
        String body = sample();
        String signature = PagerDutySigner.v1(SECRET, body);

        assertThat(deliver(body, signature).status()).isEqualTo(202);
        for (int i = 0; i < 4; i++) {
            assertThat(deliver(body, signature).status()).isEqualTo(200);
        }
        assertThat(stored()).isEqualTo(1);
        restart(Map.of("PAGERDUTY_WEBHOOK_SECRET", SECRET));

        assertThat(deliver(body, signature).status()).isEqualTo(200);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void shouldRefuseWith401AndStoreNothingWhenTheSignatureIsWrongOrMissing() {
        String body = sample();

        assertThat(deliver(body, PagerDutySigner.v1("not-the-secret", body)).status()).isEqualTo(401);
        assertThat(deliver(body, null).status()).isEqualTo(401);
        assertThat(deliver(body.replace("P1", "P5"), PagerDutySigner.v1(SECRET, body)).status()).isEqualTo(401);
        assertThat(stored()).isZero();
    }

    @Test
    void shouldAcceptWhenTheSecondOfTwoSignaturesMatchesDuringARotation() {
        String body = sample();

        HttpPoster.Result result = deliver(body, PagerDutySigner.v1("previous-secret", body) + "," + PagerDutySigner.v1(SECRET, body));

        assertThat(result.status()).isEqualTo(202);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void shouldRefuseEverythingWith401WhenNoSecretIsConfigured() throws Exception {
        restart(Map.of());
        String body = sample();

        HttpPoster.Result result = deliver(body, PagerDutySigner.v1(SECRET, body));

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.body()).contains("PAGERDUTY_WEBHOOK_SECRET is not set");
        assertThat(stored()).isZero();
    }

    @Test
    void shouldAnswer413AndStoreNothingWhenTheBodyIsOverTheLimit() {
        String body = "{\"event\":{\"id\":\"big\",\"event_type\":\"incident.triggered\",\"data\":{\"title\":\""
                + "x".repeat(300 * 1024) + "\"}}}";

        assertThat(deliver(body, PagerDutySigner.v1(SECRET, body)).status()).isEqualTo(413);
        assertThat(stored()).isZero();
    }

    @Test
    void shouldAnswer400AndStoreNothingWhenASignedBodyIsNotAnEvent() {
        String garbage = "{\"event\": oops";
        String noId = "{\"event\":{\"event_type\":\"incident.triggered\"}}";

        assertThat(deliver(garbage, PagerDutySigner.v1(SECRET, garbage)).status()).isEqualTo(400);
        assertThat(deliver(noId, PagerDutySigner.v1(SECRET, noId)).status()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void shouldProcessEventsStoredButUnfinishedWhenNexusStartsAgain() throws Exception {
        nexus.close();
        nexus = null;
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("nexus.db"))) {
            db.inbox().firstSeen("pagerduty", "5ac64822-4adc-4fda-ade0-410becf0de4f", sample());
        }

        nexus = startNexus(Map.of("PAGERDUTY_WEBHOOK_SECRET", SECRET));

        await().atMost(WAIT).until(() -> processed("5ac64822-4adc-4fda-ade0-410becf0de4f"));
    }

    @Test
    void shouldBuildThePagerDutyClientOnlyWhenAnApiTokenIsSet() throws Exception {
        assertThat(nexus.nexus().pagerDuty()).isEmpty();

        restart(Map.of("PAGERDUTY_API_TOKEN", "u+secret-token", "PAGERDUTY_API_URL", "http://127.0.0.1:9"));

        assertThat(nexus.nexus().pagerDuty()).hasValueSatisfying(client ->
                assertThat(client.toString()).contains("127.0.0.1:9").doesNotContain("u+secret-token"));
    }
}
