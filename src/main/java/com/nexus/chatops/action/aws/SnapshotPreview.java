package com.nexus.chatops.action.aws;

import java.util.Optional;

/**
 * What `rds snapshot` would do: create {@code snapshotId} of the instance, now in {@code instanceStatus} (RDS
 * only snapshots an available instance). The id is fixed here so a confirmation creates the snapshot it showed.
 */
public record SnapshotPreview(String instance, String instanceStatus, String snapshotId,
                              Optional<SnapshotRow> latestManual, PlannedCall request) {}
