package com.nexus.chatops.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.command.Phase;
import org.junit.jupiter.api.Test;

/** The runbook's status-page wording (§6.3), filled in from the incident. */
class UpdateTemplatesTest {
    private final Incident incident = TestIncidents.inMemory("Elevated 5xx on core-api", "sev2", "core-api");

    @Test
    void shouldFillImpactServiceAndCadenceWhenInvestigating() {
        assertThat(UpdateTemplates.render(Phase.INVESTIGATING, incident, 30, ""))
                .isEqualTo("[Investigating] We are investigating reports of elevated 5xx on core-api affecting"
                        + " core-api. We will provide an update in 30 minutes.");
    }

    @Test
    void shouldSayTheRootCauseIsFoundAndAFixUnderWayWhenIdentified() {
        assertThat(UpdateTemplates.render(Phase.IDENTIFIED, incident, 15, null))
                .isEqualTo("[Identified] We have identified the root cause of elevated 5xx on core-api affecting"
                        + " core-api. Our team is working on a fix. We will provide an update in 15 minutes.");
    }

    @Test
    void shouldSayAFixIsAppliedAndWatchedWhenMonitoring() {
        assertThat(UpdateTemplates.render(Phase.MONITORING, incident, 120, " "))
                .isEqualTo("[Monitoring] A fix has been applied for elevated 5xx on core-api affecting core-api."
                        + " We are monitoring the results. We will provide an update in 120 minutes.");
    }

    @Test
    void shouldPromiseThePostMortemAndNoFurtherUpdateWhenResolved() {
        assertThat(UpdateTemplates.render(Phase.RESOLVED, incident, 30, ""))
                .isEqualTo("[Resolved] The issue has been resolved. All services are operating normally."
                        + " We will publish a post-mortem within 48 hours.");
    }

    @Test
    void shouldKeepThePhaseTagAndCadenceWhenTheResponderWritesTheBody() {
        assertThat(UpdateTemplates.render(Phase.IDENTIFIED, incident, 30, "Bad config push on the LB, reverting"))
                .isEqualTo("[Identified] Bad config push on the LB, reverting. We will provide an update in 30 minutes.");
    }

    @Test
    void shouldLeaveOutTheNextUpdateSentenceWhenTheSeverityHasNoCadence() {
        assertThat(UpdateTemplates.render(Phase.INVESTIGATING, incident, null, ""))
                .isEqualTo("[Investigating] We are investigating reports of elevated 5xx on core-api affecting"
                        + " core-api.");
    }

    @Test
    void shouldKeepAcronymsAndSkipTheServiceWhenNoneIsKnown() {
        Incident noService = TestIncidents.inMemory("API latency above 2 s.", "sev3", null);

        assertThat(UpdateTemplates.render(Phase.INVESTIGATING, noService, 1, ""))
                .isEqualTo("[Investigating] We are investigating reports of API latency above 2 s."
                        + " We will provide an update in 1 minute.");
    }
}
