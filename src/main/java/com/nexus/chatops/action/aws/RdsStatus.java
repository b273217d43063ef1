package com.nexus.chatops.action.aws;

import java.util.Optional;

/**
 * An RDS instance as `aws rds describe-db-instances` shows it, with CloudWatch's free storage and its latest
 * automated and manual snapshots. {@code endpoint} is host:port, absent while the instance is being created.
 */
public record RdsStatus(String instance, String status, String instanceClass, String engine, String engineVersion,
                        boolean multiAz, int allocatedGib, FreeStorage free, Optional<String> endpoint,
                        Optional<SnapshotRow> latestAutomated, Optional<SnapshotRow> latestManual) {}
