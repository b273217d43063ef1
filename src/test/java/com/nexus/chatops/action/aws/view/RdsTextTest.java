package com.nexus.chatops.action.aws.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.aws.FreeStorage;
import com.nexus.chatops.action.aws.PlannedCall;
import com.nexus.chatops.action.aws.RdsStatus;
import com.nexus.chatops.action.aws.SnapshotPreview;
import com.nexus.chatops.action.aws.SnapshotProgress;
import com.nexus.chatops.action.aws.SnapshotResult;
import com.nexus.chatops.action.aws.SnapshotRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The RDS views, as responders read them in Slack. */
class RdsTextTest {
    static final Instant NOW = Instant.parse("2026-01-01T00:20:00Z");
    static final SnapshotRow AUTOMATED = new SnapshotRow("rds:nexus-platform-production-db-2025-12-31-03-10",
            "automated", "available", Optional.of(Instant.parse("2025-12-31T03:10:00Z")), 100,
            "arn:aws:rds:us-west-2:123456789012:snapshot:rds:nexus-platform-production-db-2025-12-31-03-10");
    static final SnapshotRow CREATING = new SnapshotRow("nexus-manual-20260101-002000", "manual", "creating",
            Optional.empty(), 45, "arn:aws:rds:us-west-2:123456789012:snapshot:nexus-manual-20260101-002000");
    static final PlannedCall CREATE = new PlannedCall("rds:CreateDBSnapshot", List.of(
            new PlannedCall.Param("DBSnapshotIdentifier", "nexus-manual-20260101-002000"),
            new PlannedCall.Param("DBInstanceIdentifier", "nexus-platform-production-db")));

    @Test
    void shouldShowClassEngineStorageEndpointAndSnapshotsWhenAnInstanceIsAvailable() {
        RdsStatus status = new RdsStatus("nexus-platform-production-db", "available", "db.r6g.large", "postgres",
                "15.5", true, 100, free(42_949_672_960L),
                Optional.of("db.example.internal:5432"), Optional.of(AUTOMATED), Optional.empty());

        assertThat(RdsText.status(status, NOW)).isEqualTo("*nexus-platform-production-db*: available — db.r6g.large,"
                + " postgres 15.5, Multi-AZ\nStorage: 100 GiB allocated, 40.0 GiB free (CloudWatch, 5m ago)\n"
                + "Endpoint: `db.example.internal:5432`\nLatest automated snapshot:"
                + " `rds:nexus-platform-production-db-2025-12-31-03-10` (available, 21h ago)\n"
                + "Latest manual snapshot: none");
    }

    @Test
    void shouldSayWhyFreeSpaceIsUnknownWhenCloudWatchHadNone() {
        RdsStatus status = new RdsStatus("db1", "available", "db.t3.medium", "postgres", "15.5", false, 20,
                new FreeStorage(Optional.empty(), Optional.empty(), Optional.of("nexus may not call"
                        + " cloudwatch:GetMetricData on *")), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(RdsText.status(status, NOW)).contains("single-AZ")
                .contains("Storage: 20 GiB allocated, free space unknown: nexus may not call cloudwatch:GetMetricData")
                .contains("Endpoint: none yet");
    }

    @Test
    void shouldWarnWhenTheInstanceIsNotAvailableForASnapshot() {
        SnapshotPreview preview = new SnapshotPreview("db1", "stopped", "nexus-manual-20260101-002000",
                Optional.of(AUTOMATED), CREATE);

        assertThat(RdsText.snapshotPreview(preview, NOW)).startsWith("Create manual snapshot"
                + " `nexus-manual-20260101-002000` of *db1* (now stopped).")
                .endsWith(":warning: The instance is stopped; RDS only snapshots an available instance.");
    }

    @Test
    void shouldShowTheSeedsCliCommandWhenASnapshotIsADryRun() {
        assertThat(RdsText.snapshot(new SnapshotResult(CREATE, true, Optional.empty()))).contains("```aws rds"
                + " create-db-snapshot --db-snapshot-identifier nexus-manual-20260101-002000 --db-instance-identifier"
                + " nexus-platform-production-db```");
    }

    @Test
    void shouldPostTheArnWhenTheSnapshotIsAvailable() {
        SnapshotRow done = new SnapshotRow(CREATING.id(), "manual", "available", Optional.of(NOW), 100,
                CREATING.arn());

        assertThat(RdsText.progress(CREATING)).isEqualTo("Snapshot `nexus-manual-20260101-002000`: creating, 45%");
        assertThat(RdsText.done(new SnapshotProgress(done, SnapshotProgress.Outcome.AVAILABLE))).isEqualTo(
                ":white_check_mark: Snapshot `nexus-manual-20260101-002000` is available:"
                        + " `arn:aws:rds:us-west-2:123456789012:snapshot:nexus-manual-20260101-002000`");
        assertThat(RdsText.done(new SnapshotProgress(CREATING, SnapshotProgress.Outcome.DEADLINE)))
                .contains("is still creating (45%)");
    }

    private static FreeStorage free(long bytes) {
        return new FreeStorage(Optional.of(bytes), Optional.of(Instant.parse("2026-01-01T00:15:00Z")),
                Optional.empty());
    }
}
