package com.nexus.chatops.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Counts, MTTA and MTTR per severity, from the stored timestamps. */
class IncidentStatsTest {

    private static Incident incident(String severity, Integer ackMinutes, Integer resolveMinutes) {
        Incident i = TestIncidents.inMemory("t", severity, "core-api");
        if (ackMinutes != null) {
            i = i.withAcknowledged(TestIncidents.T0.plus(Duration.ofMinutes(ackMinutes)));
        }
        if (resolveMinutes != null) {
            i = i.withStatus(com.nexus.chatops.command.Phase.RESOLVED, TestIncidents.T0.plus(Duration.ofMinutes(resolveMinutes)));
        }
        return i;
    }

    @Test
    void shouldAverageOnlyAcknowledgedAndResolvedIncidentsPerSeverityWhenComputing() {
        List<Incident> incidents = List.of(
                incident("sev1", 4, 60), incident("sev1", 10, 120), incident("sev1", null, null),
                incident("sev3", null, 30));

        List<IncidentStats.Row> rows = IncidentStats.compute(List.of("sev1", "sev2", "sev3", "sev4"), incidents);

        assertThat(rows).extracting(IncidentStats.Row::severity).containsExactly("sev1", "sev2", "sev3", "sev4");
        IncidentStats.Row sev1 = rows.get(0);
        assertThat(sev1.declared()).isEqualTo(3);
        assertThat(sev1.resolved()).isEqualTo(2);
        assertThat(sev1.open()).isEqualTo(1);
        assertThat(sev1.mtta()).contains(Duration.ofMinutes(7));
        assertThat(sev1.mttr()).contains(Duration.ofMinutes(90));
        assertThat(rows.get(1).declared()).isZero();
        assertThat(rows.get(1).mttr()).isEmpty();
        assertThat(rows.get(2).mtta()).isEqualTo(Optional.empty());
        assertThat(rows.get(2).mttr()).contains(Duration.ofMinutes(30));
        assertThat(IncidentStats.total(incidents).mttr()).contains(Duration.ofMinutes(70));
    }
}
