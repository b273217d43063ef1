package com.nexus.chatops.incident.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.pagerduty.ContractCheck;
import com.nexus.chatops.pagerduty.Fixtures;
import com.nexus.chatops.pagerduty.OpenApiContract;
import com.nexus.chatops.pagerduty.Webhooks;
import com.nexus.chatops.testing.FakeChannel;
import com.nexus.chatops.testing.FakeEphemeral;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.PagerDutySigner;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real server with a signed-webhook PagerDuty on one side (REST and Events API on WireMock, every request
 * checked against its spec on close) and the fake Slack on the other. ADA is a responder (through the responders
 * user group of nexus.example.yml), CAROL holds no role.
 */
final class PdStage implements AutoCloseable {
    static final String SECRET = "pd-webhook-secret";
    static final String CORE_API = "PXXXXX4";
    static final String ADA = "U0ADA0001";
    static final String ADA_EMAIL = "125.greenholt.earline@graham.name";
    static final String CAROL = "U0CAROL01";
    /** nexus.example.yml's responders group: acknowledging is for responders and leads. */
    static final String RESPONDERS = "S0000000001";
    static final String STATUS = "C0STATUS";
    static final Duration WAIT = Duration.ofSeconds(20);
    /** PagerDuty echoes the dedup key; left out here, nexus keeps the one it sent. */
    static final String ACCEPTED = "{\"status\":\"success\",\"message\":\"Event processed\"}";

    final FakeSlack slack;
    final WireMockExtension rest;
    final WireMockExtension events;
    final Path dir;
    RunningNexus nexus;

    PdStage(Path dir, WireMockExtension rest, WireMockExtension events) {
        this.dir = dir;
        this.rest = rest;
        this.events = events;
        rest.stubFor(get(urlPathEqualTo("/services/" + CORE_API)).willReturn(okJson(Fixtures.read("service.json"))));
        rest.stubFor(get(urlPathEqualTo("/oncalls")).willReturn(okJson(Fixtures.read("oncalls-page2.json"))));
        rest.stubFor(get(urlPathEqualTo("/users")).willReturn(okJson(Fixtures.read("users.json"))));
        rest.stubFor(put(urlPathMatching("/incidents/[A-Z0-9]+")).willReturn(okJson(Fixtures.read("incident-resolved.json"))));
        rest.stubFor(post(urlPathMatching("/incidents/[A-Z0-9]+/notes")).willReturn(okJson(Fixtures.read("note.json"))));
        events.stubFor(post("/v2/enqueue").willReturn(aResponse().withStatus(202).withBody(ACCEPTED)));
        slack = FakeSlack.start().addChannel(STATUS, "nexus-status")
                .addUser(ADA, "earline", ADA_EMAIL).addUser(CAROL, "carol", "carol@example.com")
                .addUsergroup(RESPONDERS, "responders", ADA);
        nexus = startNexus();
    }

    private RunningNexus startNexus() {
        return RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), Map.of(
                "PAGERDUTY_WEBHOOK_SECRET", SECRET, "PAGERDUTY_API_TOKEN", "u+test-token",
                "PAGERDUTY_API_URL", rest.baseUrl(), "PAGERDUTY_EVENTS_URL", events.baseUrl(),
                "PAGERDUTY_FROM_EMAIL", "nexus-bot@example.com"));
    }

    /** A new nexus process on the same store, Slack and PagerDuty. */
    void restart() throws Exception {
        nexus.close();
        nexus = startNexus();
    }

    int deliver(String body) {
        return Webhooks.deliver(nexus.baseUri(), body, PagerDutySigner.v1(SECRET, body)).status();
    }

    /** Delivers and waits until nexus has processed it. */
    void delivered(String eventId, String body) {
        assertThat(deliver(body)).isEqualTo(202);
        await().atMost(WAIT).until(() -> processed(eventId));
    }

    static String event(String eventId, String type, String pdId) {
        return Webhooks.incident(eventId, type, pdId, CORE_API, "high", "P1", null);
    }

    /** incident.annotated as PagerDuty sends it: the data is the note, referring to its incident. */
    static String annotated(String eventId, String pdId, String content) {
        return """
                {"event":{"id":"%s","event_type":"incident.annotated","resource_type":"incident",
                "occurred_at":"2026-01-05T10:05:00.000Z",
                "agent":{"id":"PXPGF42","type":"user_reference","summary":"Earline Greenholt"},"client":null,
                "data":{"incident":{"id":"%s","type":"incident_reference",
                "html_url":"https://acme.pagerduty.com/incidents/%s"},
                "id":"PWL7QXS","content":"%s","trimmed":false,"type":"incident_note"}}}
                """.formatted(eventId, pdId, pdId, content);
    }

    boolean processed(String eventId) {
        return nexus.nexus().database().jdbc().queryFirst("SELECT processed_at FROM inbox WHERE source = ?"
                + " AND dedupe_key = ?", r -> r.getObject("processed_at") != null, "pagerduty", eventId).orElse(false);
    }

    /** A high-urgency P1 trigger on core-api: its channel and card exist when this returns. */
    Incident declared(String pdId) {
        delivered("ev-" + pdId, event("ev-" + pdId, "incident.triggered", pdId));
        return incidents().findByPagerDuty(pdId).orElseThrow();
    }

    /** `/nexus <text>` typed by {@code user} in the channel; the reply posted to its response URL. */
    String command(String text, String user, String channelId, String channelName, String responseId) {
        nexus.requests().slashCommand(text).user(user, user.toLowerCase()).channel(channelId, channelName)
                .responseUrl(slack.responseUrl(responseId)).build().send(nexus.baseUri());
        return slack.awaitResponseUrlPost(responseId, WAIT).text();
    }

    /** {@code user} joins the channel (only members see the card) and clicks Acknowledge; nexus's ephemeral reply. */
    FakeEphemeral clickAcknowledge(Incident incident, String user, String userName) throws Exception {
        slack.methods().conversationsInvite(r -> r.token(RunningNexus.BOT_TOKEN).channel(incident.channelId())
                .users(List.of(user)));
        nexus.requests().blockAction("incident.ack", Long.toString(incident.id())).user(user, userName)
                .channel(incident.channelId(), incident.channelName()).build().send(nexus.baseUri());
        return await().atMost(WAIT).until(() -> slack.ephemerals().stream()
                .filter(e -> e.user().equals(user)).findFirst(), Optional::isPresent).orElseThrow();
    }

    String command(String text, String user, Incident in, String responseId) {
        return command(text, user, in.channelId(), in.channelName(), responseId);
    }

    IncidentRepository incidents() {
        return new IncidentRepository(nexus.nexus().database().jdbc(), Clock.systemUTC());
    }

    Incident reload(Incident incident) {
        return incidents().findById(incident.id()).orElseThrow();
    }

    List<TimelineEntry> timeline(long id) {
        return new TimelineRepository(nexus.nexus().database().jdbc()).list(id);
    }

    List<AuditRecord> audits(String action) {
        return new AuditLog(nexus.nexus().database().jdbc()).page(0, 1000).stream().map(ChainedRecord::record)
                .filter(r -> r.action().equals(action)).toList();
    }

    List<FakeChannel> incidentChannels() {
        return slack.channels().stream().filter(c -> c.name().startsWith("incident-")).toList();
    }

    long posts(Incident incident, String containing) {
        return slack.messages(incident.channelId()).stream().filter(m -> m.text().contains(containing)).count();
    }

    String card(Incident incident) {
        return slack.message(incident.channelId(), incident.cardTs()).orElseThrow().blocksJson();
    }

    @Override
    public void close() throws Exception {
        nexus.close();
        slack.close();
        ContractCheck.assertAllMatch(OpenApiContract.REST, rest.getAllServeEvents());
        ContractCheck.assertAllMatch(OpenApiContract.EVENTS, events.getAllServeEvents());
    }
}
