package com.nexus.chatops.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The slash command an action step stands for, on the incident's service, from nexus.example.yml's catalog. */
class ActionCallTest {

    private static Optional<String> line(String run, String incidentService) {
        ActionCall call = RunLine.parse(run).call().orElseThrow();
        return call.commandLine(Optional.ofNullable(incidentService), Catalog.EXAMPLE);
    }

    @Test
    void shouldNameTheIncidentsServiceWhenTheStepSaysService() {
        assertThat(line("k8s.history {service}", "core-api")).contains("/nexus history core-api");
        assertThat(line("k8s.logs {service} --previous --tail 200", "frontend"))
                .contains("/nexus logs frontend --previous --tail 200");
        assertThat(line("ecs.status {service}", "platform")).contains("/nexus ecs status platform");
        assertThat(line("incident.update identified", null)).contains("/nexus update identified");
    }

    @Test
    void shouldUseTheServicesBoundsWhenTheScaleStepSaysReplicasMax() {
        assertThat(line("k8s.scale {service} {replicas.max}", "core-api")).contains("/nexus scale core-api 5");
        assertThat(line("k8s.scale {service} {replicas.min}", "frontend")).contains("/nexus scale frontend 2");
    }

    @Test
    void shouldActOnTheNamedServiceWhateverTheIncidentIsAbout() {
        assertThat(line("k8s.pods api-gateway", "core-api")).contains("/nexus pods api-gateway");
    }

    @Test
    void shouldOfferNoCommandWhenTheServiceCannotTakeTheStep() {
        assertThat(line("k8s.rollback {service}", "platform")).isEmpty();
        assertThat(line("rds.status {service}", "core-api")).isEmpty();
        assertThat(line("k8s.pods {service}", null)).isEmpty();
        assertThat(line("k8s.pods {service}", "payments")).isEmpty();
    }

    @Test
    void shouldKnowWhatItActsOnWhenAskedForItsPlatform() {
        assertThat(new ActionCall("rds.snapshot", new Target.IncidentService(), List.of()).platform())
                .contains(Platform.RDS);
        assertThat(new ActionCall("cloudwatch.alarms", new Target.NoService(), List.of()).platform()).isEmpty();
    }
}
