package com.nexus.chatops.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest.RevisionPin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed requests: the parameters stored rows and audit hashes use, and which of them write. */
class ActionRequestTest {
    private static final List<ActionRequest> ALL = List.of(new ActionRequest.Pods("core-api"),
            new ActionRequest.Events("core-api"), new ActionRequest.History("core-api"),
            new ActionRequest.Logs("core-api", true, 50, Optional.of("api")),
            new ActionRequest.Rollback("core-api", Optional.of(6), Optional.of(new RevisionPin(7, 6))),
            new ActionRequest.Restart("core-api"), new ActionRequest.Scale("core-api", 4),
            new ActionRequest.EcsStatus("platform"), new ActionRequest.EcsRedeploy("platform"),
            new ActionRequest.EcsScale("platform", 2), new ActionRequest.RdsStatus("platform"),
            new ActionRequest.RdsSnapshot("platform"), new ActionRequest.Alarms(Optional.empty()),
            new ActionRequest.EcsRedeploy("platform", Optional.of(new ActionRequest.TaskDefinitionPin(
                    "arn:aws:ecs:us-west-2:123456789012:task-definition/nexus-platform:42"))),
            new ActionRequest.EcsScale("platform", 4, Optional.of(new ActionRequest.DesiredCountPin(3))),
            new ActionRequest.RdsSnapshot("platform", Optional.of(new ActionRequest.SnapshotPin(
                    "nexus-manual-20260101-002000"))),
            new ActionRequest.PagerDutyAck(Optional.of("PT4KHLK")), new ActionRequest.PagerDutyResolve(Optional.empty()),
            new ActionRequest.PagerDutyPage("core-api"));

    @Test
    void shouldKeepTheParameterNamesStoredRowsUseWhenWritten() {
        assertThat(new ActionRequest.Logs("core-api", true, 50, Optional.of("api")).params())
                .containsExactly(Map.entry("container", "api"), Map.entry("previous", "true"), Map.entry("tail", "50"));
        assertThat(new ActionRequest.Logs("core-api", false, 100, Optional.empty()).params())
                .containsExactly(Map.entry("tail", "100"));
        assertThat(new ActionRequest.Rollback("core-api", Optional.empty(), Optional.of(new RevisionPin(7, 6))).params())
                .containsExactly(Map.entry("pin.fromRevision", "7"), Map.entry("pin.toRevision", "6"));
        assertThat(new ActionRequest.PagerDutyAck(Optional.of("PT4KHLK")).params())
                .containsExactly(Map.entry("pagerdutyIncident", "PT4KHLK"));
    }

    @Test
    void shouldReadEveryRequestBackFromWhatItWrote() {
        ALL.forEach(r -> assertThat(ActionRequests.read(r.action(), r.service(), r.params())).isEqualTo(r));
    }

    @Test
    void shouldNameARollbackAsAskedWithoutWhatItsPreviewPinned() {
        ActionRequest pinned = new ActionRequest.Rollback("core-api", Optional.of(6), Optional.of(new RevisionPin(7, 6)));

        assertThat(pinned.asked().params()).containsExactly(Map.entry("toRevision", "6"));
    }

    @Test
    void shouldStoreWhatAnAwsPreviewShowedAndNameTheRequestAsAskedWithoutIt() {
        ActionRequest scale = new ActionRequest.EcsScale("platform", 4, Optional.of(new ActionRequest.DesiredCountPin(3)));
        ActionRequest snapshot = new ActionRequest.RdsSnapshot("platform",
                Optional.of(new ActionRequest.SnapshotPin("nexus-manual-20260101-002000")));

        assertThat(scale.params()).containsExactly(Map.entry("count", "4"), Map.entry("pin.fromCount", "3"));
        assertThat(scale.asked().params()).containsExactly(Map.entry("count", "4"));
        assertThat(snapshot.params()).containsExactly(Map.entry("pin.snapshotId", "nexus-manual-20260101-002000"));
        assertThat(snapshot.asked().params()).isEmpty();
    }

    @Test
    void shouldTreatOnlyThePolicysReadGroupsAsReads() {
        assertThat(ALL.stream().filter(r -> !r.writes()).map(ActionRequest::action)).containsExactlyInAnyOrder(
                "k8s.pods", "k8s.events", "k8s.history", "k8s.logs", "ecs.status", "rds.status", "cloudwatch.alarms");
    }
}
