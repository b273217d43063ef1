package com.nexus.chatops.incident.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.nexus.chatops.incident.pagerduty.PdStage.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.pagerduty.Fixtures;
import com.nexus.chatops.pagerduty.Webhooks;
import com.nexus.chatops.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

/** What PagerDuty does to a linked incident, as Slack shows it: card, channel, timeline, severity. */
class PagerDutyToSlackEndToEndTest extends PdStageTestBase {
    /** The real sample PagerDuty sent (shared fixtures): PGR0VU2 set to P1 by Tenex Engineer. */
    static final String PRIORITY_UPDATED = Fixtures.read("incident.priority_updated.json");

    String fromPagerDuty(String eventId, String type, String pdId) {
        return Webhooks.incident(eventId, type, pdId, PdStage.CORE_API, "high", "P1", "PLH1HKV");
    }

    @Test
    void shouldRunTheSlackResolveOnceWithoutWritingBackWhenPagerDutyResolvesTheIncident() {
        Incident incident = stage.declared("PEVR001");

        stage.delivered("ev-r1", fromPagerDuty("ev-r1", "incident.resolved", "PEVR001"));
        stage.delivered("ev-r2", fromPagerDuty("ev-r2", "incident.resolved", "PEVR001"));

        assertThat(stage.reload(incident).resolved()).isTrue();
        assertThat(stage.posts(incident, "[Resolved]")).isEqualTo(1);
        assertThat(stage.slack.messages(PdStage.STATUS)).filteredOn(m -> m.text().contains("[Resolved]")).hasSize(1);
        assertThat(stage.timeline(incident.id())).filteredOn(e -> "resolved".equals(e.kind())).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("Resolved in PagerDuty by Earline Greenholt"));
        assertThat(rest.findAll(putRequestedFor(urlPathMatching("/incidents/.*")))).isEmpty();
    }

    @Test
    void shouldReopenTheIncidentOnTheCardAndTimelineWhenPagerDutyReopensIt() {
        Incident incident = stage.declared("PEVR002");
        stage.delivered("ev-r3", fromPagerDuty("ev-r3", "incident.resolved", "PEVR002"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(stage.card(incident)).doesNotContain("incident.resolve.open"));

        stage.delivered("ev-reopen", fromPagerDuty("ev-reopen", "incident.reopened", "PEVR002"));

        assertThat(stage.reload(incident).resolved()).isFalse();
        await().atMost(WAIT).untilAsserted(() -> assertThat(stage.card(incident)).contains("incident.resolve.open"));
        assertThat(stage.timeline(incident.id())).extracting(TimelineEntry::text)
                .containsOnlyOnce("PagerDuty #7 reopened by Earline Greenholt");
        // the post goes out through the channel's message queue, behind the card, the runbook and the resolution
        await().atMost(WAIT).untilAsserted(() -> assertThat(stage.posts(incident,
                "Reopened in PagerDuty by Earline Greenholt")).isEqualTo(1));
    }

    @Test
    void shouldShowTheIncidentUnacknowledgedAgainWhenPagerDutysAcknowledgementTimesOut() {
        Incident incident = stage.declared("PEVU001");
        stage.delivered("ev-ack", fromPagerDuty("ev-ack", "incident.acknowledged", "PEVU001"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(stage.card(incident)).doesNotContain("incident.ack\""));

        stage.delivered("ev-unack", Webhooks.incident("ev-unack", "incident.unacknowledged", "PEVU001",
                PdStage.CORE_API, "high", "P1", null));

        assertThat(stage.reload(incident).acknowledgedAt()).isNull();
        await().atMost(WAIT).untilAsserted(() -> assertThat(stage.card(incident)).contains("incident.ack\"")
                .contains("not acknowledged"));
        assertThat(stage.timeline(incident.id())).extracting(TimelineEntry::text)
                .containsOnlyOnce("PagerDuty #7 is unacknowledged again (the acknowledgement timed out)");
        assertThat(stage.posts(incident, "is unacknowledged again")).isEqualTo(1);
    }

    @Test
    void shouldChangeTheSeverityByTheMappingWhenPagerDutyRaisesThePriority() {
        stage.delivered("ev-low", Webhooks.incident("ev-low", "incident.triggered", "PGR0VU2", PdStage.CORE_API,
                "high", "P3", null));
        Incident incident = stage.incidents().findByPagerDuty("PGR0VU2").orElseThrow();
        assertThat(incident.severity()).isEqualTo("sev3");

        stage.delivered("5ac64822-4adc-4fda-ade0-410becf0de4f", PRIORITY_UPDATED);
        assertThat(stage.deliver(PRIORITY_UPDATED)).isEqualTo(200);

        assertThat(stage.reload(incident).severity()).isEqualTo("sev1");
        assertThat(stage.timeline(incident.id())).extracting(TimelineEntry::text)
                .containsOnlyOnce("Tenex Engineer set the priority of PagerDuty #2 to P1");
        await().atMost(WAIT).untilAsserted(() -> assertThat(stage.card(incident)).contains("SEV1"));
    }

    @Test
    void shouldPutEscalationsAndPagerDutyNotesOnTheTimelineOnceWhenTheyAreDelivered() {
        Incident incident = stage.declared("PEVE001");
        String escalated = Webhooks.incident("ev-esc", "incident.escalated", "PEVE001", PdStage.CORE_API, "high",
                "P1", null).replace("\"assignees\":[]", "\"assignees\":[{\"id\":\"PKYLER1\",\"type\":\"user_reference\","
                + "\"summary\":\"Kyler Kuhn\"}]");
        String note = PdStage.annotated("ev-note", "PEVE001", "Failover to the replica started");

        stage.delivered("ev-esc", escalated);
        stage.delivered("ev-note", note);
        assertThat(stage.deliver(escalated)).isEqualTo(200);
        assertThat(stage.deliver(note)).isEqualTo(200);

        assertThat(stage.timeline(incident.id())).extracting(TimelineEntry::text)
                .containsOnlyOnce("PagerDuty #7 escalated to Kyler Kuhn")
                .containsOnlyOnce("Earline Greenholt added a note in PagerDuty PEVE001: “Failover to the replica started”");
    }
}
