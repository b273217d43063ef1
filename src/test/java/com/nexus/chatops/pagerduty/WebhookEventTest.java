package com.nexus.chatops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookEventTest {

    @Test
    void shouldReadEveryFieldTheSyncNeedsWhenParsingPagerDutysSamplePayload() {
        WebhookEvent event = WebhookEvent.parse(Fixtures.read("incident.priority_updated.json"));

        assertThat(event.id()).isEqualTo("5ac64822-4adc-4fda-ade0-410becf0de4f");
        assertThat(event.eventType()).isEqualTo("incident.priority_updated");
        assertThat(event.resourceType()).isEqualTo("incident");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2020-10-02T18:45:22.169Z"));
        assertThat(event.agent()).isEqualTo(new WebhookEvent.Agent("PLH1HKV", "user_reference", null,
                "Tenex Engineer"));
        assertThat(event.incident()).isEqualTo(new WebhookEvent.IncidentData("PGR0VU2", 2,
                "A little bump in the road", "triggered", "high", "P1", "PF9KMXH", "API Service",
                "https://acme.pagerduty.com/incidents/PGR0VU2"));
        assertThat(event.incidentId()).isEqualTo("PGR0VU2");
        assertThat(event.data().path("conference_bridge").path("conference_url").asText())
                .isEqualTo("https://example.com");
    }

    @Test
    void shouldFindTheIncidentWhenTheDataIsANoteAboutIt() {
        WebhookEvent event = WebhookEvent.parse("{\"event\":{\"id\":\"e2\",\"event_type\":\"incident.annotated\","
                + "\"resource_type\":\"incident\",\"data\":{\"type\":\"incident_note\",\"content\":\"rolled back\","
                + "\"incident\":{\"id\":\"PGR0VU2\",\"type\":\"incident_reference\"}}}}");

        assertThat(event.incident()).isNull();
        assertThat(event.incidentId()).isEqualTo("PGR0VU2");
        assertThat(event.agent()).isNull();
        assertThat(event.occurredAt()).isNull();
    }

    @Test
    void shouldSayWhatIsMissingWhenTheBodyIsNotAnEventEnvelope() {
        assertThatThrownBy(() -> WebhookEvent.parse("{not json")).hasMessage("body is not JSON");
        assertThatThrownBy(() -> WebhookEvent.parse("{\"event\":{}} trailing")).hasMessage("body is not JSON");
        assertThatThrownBy(() -> WebhookEvent.parse("[1,2]")).hasMessage("body has no \"event\" object");
        assertThatThrownBy(() -> WebhookEvent.parse("{\"event\":{\"event_type\":\"incident.triggered\"}}"))
                .hasMessage("event has no id or event_type");
    }

    @Test
    void shouldRefuseAnEventWhoseIdIsNotAString() {
        assertThatThrownBy(() -> WebhookEvent.parse("{\"event\":{\"id\":{\"a\":1},\"event_type\":\"incident.triggered\"}}"))
                .hasMessage("event.id and event.event_type must be strings");
        assertThatThrownBy(() -> WebhookEvent.parse("{\"event\":{\"id\":42,\"event_type\":\"incident.triggered\"}}"))
                .hasMessage("event.id and event.event_type must be strings");
    }
}
