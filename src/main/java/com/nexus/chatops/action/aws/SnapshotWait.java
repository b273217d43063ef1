package com.nexus.chatops.action.aws;

import com.nexus.chatops.config.Rds;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DescribeDbSnapshotsRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbSnapshotsResponse;
import software.amazon.awssdk.services.rds.waiters.RdsWaiter;

/** One follow of a DB snapshot with the SDK's DBSnapshotAvailable waiter, each change reported as it is seen. */
final class SnapshotWait {
    /** The waiter's failure states. */
    private static final Set<String> FAILED = Set.of("failed", "deleted", "deleting", "incompatible-restore",
            "incompatible-parameters");
    private final RdsClient rds;
    private final AwsSettings settings;
    private final DescribeDbSnapshotsRequest request;
    private final AwsCall call;
    private final AtomicReference<SnapshotRow> last = new AtomicReference<>();

    SnapshotWait(RdsClient rds, AwsSettings settings, Rds target, String snapshotId, String region) {
        this.rds = rds;
        this.settings = settings;
        this.request = DescribeDbSnapshotsRequest.builder().dbInstanceIdentifier(target.instance())
                .dbSnapshotIdentifier(snapshotId).build();
        this.call = RdsTargets.snapshot(RdsTargets.DESCRIBE_SNAPSHOTS, target, snapshotId, region);
    }

    SnapshotProgress await(Duration deadline, Consumer<SnapshotRow> onProgress) {
        RdsClient observed = new ObservedRdsClient(rds, response -> seen(response, onProgress));
        try (RdsWaiter waiter = RdsWaiter.builder().client(observed).build()) {
            WaiterLoop.End end = WaiterLoop.run(call, deadline, settings,
                    config -> waiter.waitUntilDBSnapshotAvailable(request, config),
                    () -> last.get() != null, () -> FAILED.contains(last.get().status()));
            return new SnapshotProgress(last.get(), switch (end) {
                case SUCCESS -> SnapshotProgress.Outcome.AVAILABLE;
                case FAILED -> SnapshotProgress.Outcome.FAILED;
                case DEADLINE -> SnapshotProgress.Outcome.DEADLINE;
            });
        }
    }

    private void seen(DescribeDbSnapshotsResponse response, Consumer<SnapshotRow> onProgress) {
        response.dbSnapshots().stream().findFirst().map(RdsModels::snapshot).ifPresent(now -> {
            if (!now.equals(last.getAndSet(now))) {
                onProgress.accept(now);
            }
        });
    }
}
