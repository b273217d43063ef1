package com.nexus.chatops.action.aws;

import java.util.Optional;

/** A CreateDBSnapshot call: the request, and the snapshot RDS began (empty for a dry run, which sends nothing). */
public record SnapshotResult(PlannedCall request, boolean dryRun, Optional<SnapshotRow> created) {}
