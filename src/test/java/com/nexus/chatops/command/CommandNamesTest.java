package com.nexus.chatops.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandNamesTest {

    @Test
    void shouldNamePolicyActionsWhenCommandIsGuarded() {
        assertThat(new Command.Pods("a").action()).isEqualTo("k8s.pods");
        assertThat(new Command.Logs("a", false, 100, Optional.empty()).action()).isEqualTo("k8s.logs");
        assertThat(new Command.Events("a").action()).isEqualTo("k8s.events");
        assertThat(new Command.History("a").action()).isEqualTo("k8s.history");
        assertThat(new Command.Rollback("a", Optional.empty(), false).action()).isEqualTo("k8s.rollback");
        assertThat(new Command.Restart("a", false).action()).isEqualTo("k8s.restart");
        assertThat(new Command.Scale("a", 1, false).action()).isEqualTo("k8s.scale");
        assertThat(new Command.EcsStatus("a").action()).isEqualTo("ecs.status");
        assertThat(new Command.EcsRedeploy("a").action()).isEqualTo("ecs.redeploy");
        assertThat(new Command.EcsScale("a", 1).action()).isEqualTo("ecs.scale");
        assertThat(new Command.RdsStatus("a").action()).isEqualTo("rds.status");
        assertThat(new Command.RdsSnapshot("a").action()).isEqualTo("rds.snapshot");
        assertThat(new Command.Alarms(Optional.empty()).action()).isEqualTo("cloudwatch.alarms");
        assertThat(new Command.Ack().action()).isEqualTo("pagerduty.ack");
        assertThat(new Command.Page("a", "").action()).isEqualTo("pagerduty.page");
    }

    @Test
    void shouldNameIncidentActionsWhenCommandIsAnIncidentCommand() {
        assertThat(new Command.Declare(Optional.empty(), "").action()).isEqualTo("incident.declare");
        assertThat(new Command.Update(Phase.MONITORING, "").action()).isEqualTo("incident.update");
        assertThat(new Command.SetSeverity("sev1").action()).isEqualTo("incident.severity");
        assertThat(new Command.Assign(Role.COMMS, "U1").action()).isEqualTo("incident.assign");
        assertThat(new Command.Resolve("").action()).isEqualTo("incident.resolve");
        assertThat(new Command.Status().action()).isEqualTo("incident.status");
        assertThat(new Command.Timeline().action()).isEqualTo("incident.timeline");
        assertThat(new Command.Postmortem().action()).isEqualTo("incident.postmortem");
        assertThat(new Command.Oncall(Optional.empty()).action()).isEqualTo("incident.oncall");
        assertThat(new Command.Runbook(Optional.empty()).action()).isEqualTo("incident.runbook");
        assertThat(new Command.Stats(7).action()).isEqualTo("incident.stats");
        assertThat(new Command.Help(Optional.empty()).action()).isEqualTo("help");
    }

    @Test
    void shouldUseTableNamesWhenReportingVerbs() {
        assertThat(new Command.EcsScale("a", 1).verb()).isEqualTo("ecs scale");
        assertThat(new Command.SetSeverity("sev1").verb()).isEqualTo("severity");
        assertThat(CommandTable.find(new Command.RdsSnapshot("a").verb())).isPresent();
    }

    @Test
    void shouldHaveOneTableRowPerCommandRecordWhenCountingBothSides() {
        assertThat(Command.class.getPermittedSubclasses()).hasSameSizeAs(CommandTable.all());
    }
}
