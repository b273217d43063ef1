package com.nexus.chatops.action.aws;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.config.Rds;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.CreateDbSnapshotRequest;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DBSnapshot;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbSnapshotsRequest;

/**
 * The RDS actions nexus offers on an instance: status (with CloudWatch's free storage and the latest snapshots)
 * and a manual snapshot with a preview, a dry run (RDS has none server-side: the request is returned unsent)
 * and following it until available. Every failure is a NexusException whose message can be shown as it is.
 */
public final class RdsInstances {
    private final RdsClient rds;
    private final FreeStorageReader freeStorage;
    private final AwsSettings settings;
    private final String region;

    RdsInstances(RdsClient rds, CloudWatchClient cloudWatch, AwsSettings settings) {
        this.rds = rds;
        this.freeStorage = new FreeStorageReader(cloudWatch, settings.clock());
        this.settings = settings;
        this.region = rds.serviceClientConfiguration().region().id();
    }

    public RdsStatus status(Rds target) {
        DBInstance instance = instance(target);
        List<SnapshotRow> snapshots = snapshots(target);
        return RdsModels.status(instance, freeStorage.read(target), latest(snapshots, "automated"),
                latest(snapshots, "manual"));
    }

    /** Names the snapshot now (nexus-manual-YYYYMMDD-HHMMSS, UTC): the confirmation passes it to {@link #snapshot}. */
    public SnapshotPreview previewSnapshot(Rds target) {
        DBInstance instance = instance(target);
        String id = SnapshotNames.at(settings.clock().instant());
        return new SnapshotPreview(target.instance(), instance.dbInstanceStatus(), id,
                latest(snapshots(target), "manual"),
                SdkRequests.describe(RdsTargets.CREATE_SNAPSHOT, snapshotRequest(target, id)));
    }

    public SnapshotResult snapshot(Rds target, String snapshotId, boolean dryRun) {
        if (!SnapshotNames.valid(snapshotId)) {
            throw new NexusException("\"" + snapshotId + "\" is not a DB snapshot identifier (a letter, then letters,"
                    + " digits and single hyphens, not ending in a hyphen)");
        }
        CreateDbSnapshotRequest request = snapshotRequest(target, snapshotId);
        PlannedCall planned = SdkRequests.describe(RdsTargets.CREATE_SNAPSHOT, request);
        if (dryRun) {
            return new SnapshotResult(planned, true, Optional.empty());
        }
        AwsCall call = RdsTargets.snapshot(RdsTargets.CREATE_SNAPSHOT, target, snapshotId, region);
        DBSnapshot created = AwsErrors.call(call, () -> rds.createDBSnapshot(request)).dbSnapshot();
        return new SnapshotResult(planned, false, Optional.ofNullable(created).map(RdsModels::snapshot));
    }

    /** Follows the snapshot with the SDK's DBSnapshotAvailable waiter, reporting each change of status or progress. */
    public SnapshotProgress awaitSnapshot(Rds target, String snapshotId, Duration deadline,
                                          Consumer<SnapshotRow> onProgress) {
        return new SnapshotWait(rds, settings, target, snapshotId, region).await(deadline, onProgress);
    }

    private DBInstance instance(Rds target) {
        AwsCall call = RdsTargets.instance(RdsTargets.DESCRIBE_INSTANCES, target, region);
        List<DBInstance> found = AwsErrors.call(call, () -> rds.describeDBInstances(DescribeDbInstancesRequest.builder()
                .dbInstanceIdentifier(target.instance()).build())).dbInstances();
        if (found.isEmpty()) {
            throw new NexusException(AwsErrors.notFound(call, "DBInstanceNotFound"));
        }
        return found.get(0);
    }

    private List<SnapshotRow> snapshots(Rds target) {
        AwsCall call = RdsTargets.instance(RdsTargets.DESCRIBE_SNAPSHOTS, target, region);
        return AwsErrors.call(call, () -> rds.describeDBSnapshotsPaginator(DescribeDbSnapshotsRequest.builder()
                .dbInstanceIdentifier(target.instance()).build()).dbSnapshots().stream().map(RdsModels::snapshot)
                .toList());
    }

    private static Optional<SnapshotRow> latest(List<SnapshotRow> snapshots, String type) {
        return snapshots.stream().filter(s -> type.equals(s.type()) && s.createdAt().isPresent())
                .max(Comparator.comparing(s -> s.createdAt().get()));
    }

    private static CreateDbSnapshotRequest snapshotRequest(Rds target, String snapshotId) {
        return CreateDbSnapshotRequest.builder().dbInstanceIdentifier(target.instance())
                .dbSnapshotIdentifier(snapshotId).build();
    }
}
