package com.nexus.chatops.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.command.Role;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severity and role changes against the fake Slack and an SQLite store: card, topic, timeline, pager. */
class IncidentChangesTest {
    @TempDir
    Path dir;
    FakeSlack slack;
    TestStores.Handle store;
    IncidentFixture nexus;
    Incident incident;

    @BeforeEach
    void declare() {
        slack = IncidentFixture.slack();
        store = TestStores.sqlite(dir);
        nexus = new IncidentFixture(store.url(), slack);
        incident = nexus.declare("slack:T1", "sev3", "Slow checkout");
        slack.clearCalls();
    }

    @AfterEach
    void stop() {
        nexus.close();
        store.close();
        slack.close();
    }

    @Test
    void shouldUpdateCardTopicTimelineAndPageWhenTheSeverityIsRaisedToAPagingLevel() {
        String said = nexus.incidents.severities().change(incident, "sev1", IncidentFixture.BOB);

        assertThat(said).contains("<@U0BOB1> raised the severity from SEV3 to SEV1 — Complete outage")
                .contains(":pager: Paged the core-api on-call (severity raised to SEV1).");
        assertThat(nexus.pages).containsExactly("incident-20261124-001: severity raised to SEV1");
        assertThat(slack.calls("chat.update")).singleElement().satisfies(c -> {
            assertThat(c.param("ts")).isEqualTo(incident.cardTs());
            assertThat(c.param("blocks")).contains("Complete outage (respond within 15 min)");
        });
        assertThat(slack.topic(incident.channelId())).startsWith("SEV1 · Slow checkout");
        assertThat(nexus.kinds(incident)).containsExactly("declared", "severity", "page");
    }

    @Test
    void shouldNotPageWhenTheSeverityIsLoweredOrRaisedToALevelThatDoesNotPage() {
        nexus.incidents.severities().change(incident, "sev4", IncidentFixture.BOB);
        Incident lowered = nexus.incidents.repository().findById(incident.id()).orElseThrow();
        String raised = nexus.incidents.severities().change(lowered, "sev3", IncidentFixture.BOB);

        assertThat(raised).contains("raised the severity from SEV4 to SEV3").doesNotContain(":pager:");
        assertThat(nexus.pages).isEmpty();
        assertThat(nexus.kinds(incident)).containsExactly("declared", "severity", "severity");
    }

    @Test
    void shouldChangeNothingWhenTheSeverityIsAlreadyTheAskedOne() {
        String said = nexus.incidents.severities().change(incident, "sev3", IncidentFixture.BOB);

        assertThat(said).contains("is already SEV3");
        assertThat(slack.calls("chat.update")).isEmpty();
        assertThat(nexus.kinds(incident)).containsExactly("declared");
    }

    @Test
    void shouldInviteTheAssigneeAndShowThemOnCardAndTopicWhenACommanderIsAssigned() {
        String said = nexus.incidents.roles().assign(incident, Role.COMMANDER, IncidentFixture.BOB, IncidentFixture.ALICE);
        nexus.incidents.roles().assign(nexus.incidents.repository().findById(incident.id()).orElseThrow(), Role.COMMS,
                IncidentFixture.ALICE, IncidentFixture.ALICE);

        assertThat(said).isEqualTo("<@U0ALICE1> made <@U0BOB1> the incident commander of <#" + incident.channelId()
                + "|incident-20261124-001>.");
        assertThat(slack.members(incident.channelId())).contains(IncidentFixture.BOB);
        assertThat(slack.topic(incident.channelId())).isEqualTo("SEV3 · Slow checkout · Commander: <@U0BOB1>");
        assertThat(slack.calls("conversations.setTopic")).hasSize(1);
        assertThat(slack.calls("chat.update")).hasSize(2).last()
                .satisfies(c -> assertThat(c.param("blocks")).contains("U0BOB1").contains("U0ALICE1"));
        assertThat(nexus.kinds(incident)).containsExactly("declared", "role", "role");
        assertThat(nexus.incidents.status().home(IncidentFixture.BOB).getBlocks().toString()).contains("Slow checkout");
    }

    @Test
    void shouldRefuseChangesAndFreezeTheCardWhenTheIncidentIsResolved() {
        Incident resolved = nexus.incidents.repository().modify(incident.id(),
                i -> i.withStatus(Phase.RESOLVED, IncidentFixture.T0.plus(Duration.ofMinutes(42))));
        nexus.incidents.observer().changed(resolved);

        assertThatThrownBy(() -> nexus.incidents.severities().change(resolved, "sev1", IncidentFixture.BOB))
                .isInstanceOf(NexusException.class).hasMessageContaining("is resolved");
        assertThat(slack.calls("chat.update")).singleElement()
                .satisfies(c -> assertThat(c.param("blocks")).contains("Time to resolve").contains("42 min")
                        .doesNotContain("incident.resolve.open"));
        assertThat(slack.topic(incident.channelId())).startsWith("Resolved · SEV3");
    }
}
