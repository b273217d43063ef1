package com.nexus.chatops.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.ServiceAlarms;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incident declared for a service lists the service's alarms in ALARM in its card's context. */
class DeclareAlarmsTest {
    private static final String FIRING = ":rotating_light: 1 CloudWatch alarm named `core-api`… in ALARM:\n"
            + "• *core-api-high-5xx* — since 3m ago — Threshold Crossed: 1 datapoint was greater than 50.0";
    @TempDir
    Path dir;
    FakeSlack slack;
    final List<String> asked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        slack = IncidentFixture.slack();
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void shouldListTheServicesAlarmsInTheCardsContextAndKeepThemWhenTheCardChanges() {
        ServiceAlarms alarms = service -> {
            asked.add(service);
            return Optional.of(FIRING);
        };
        try (var store = TestStores.open("sqlite", dir); var nexus = new IncidentFixture(store.url(), slack, alarms)) {
            Incident incident = stored(nexus, nexus.declare("slack:T1", "sev3", "Elevated 5xx on core-api"));
            String card = slack.message(incident.channelId(), incident.cardTs()).orElseThrow().blocksJson();

            nexus.incidents.severities().change(incident, "sev2", IncidentFixture.ALICE);
            String changed = slack.message(incident.channelId(), incident.cardTs()).orElseThrow().blocksJson();

            assertThat(asked).containsExactly("core-api");
            assertThat(card).contains("\"type\":\"context\"").contains("core-api-high-5xx")
                    .contains("Threshold Crossed");
            assertThat(changed).contains("SEV2").contains("core-api-high-5xx");
            assertThat(nexus.kinds(incident)).contains("declared", "alarms");
        }
    }

    @Test
    void shouldDeclareAndPostTheCardWithoutAlarmsWhenTheyCannotBeRead() {
        ServiceAlarms failing = service -> {
            throw new NexusException("AWS is not configured here: no credentials");
        };
        try (var store = TestStores.open("sqlite", dir); var nexus = new IncidentFixture(store.url(), slack, failing)) {
            Incident incident = stored(nexus, nexus.declare("slack:T1", "sev3", "Elevated 5xx on core-api"));

            assertThat(incident.cardTs()).isNotNull();
            assertThat(slack.pins(incident.channelId())).containsExactly(incident.cardTs());
            assertThat(slack.message(incident.channelId(), incident.cardTs()).orElseThrow().blocksJson())
                    .doesNotContain("\"type\":\"context\"");
            assertThat(nexus.kinds(incident)).containsExactly("declared");
        }
    }

    private static Incident stored(IncidentFixture nexus, Incident declared) {
        return nexus.incidents.repository().findById(declared.id()).orElseThrow();
    }
}
