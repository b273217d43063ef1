package com.nexus.chatops.action.aws.catalog;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.action.aws.RdsInstances;
import com.nexus.chatops.action.aws.SnapshotPreview;
import com.nexus.chatops.action.aws.SnapshotResult;
import com.nexus.chatops.action.aws.view.RdsText;
import com.nexus.chatops.action.aws.view.RequestText;
import com.nexus.chatops.config.Rds;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * `rds snapshot`: the preview names the snapshot (nexus-manual-YYYYMMDD-HHMMSS) and pins that name, so the
 * confirmation creates the snapshot it showed; then the snapshot is followed until available and its ARN said.
 */
final class RdsSnapshotPlan implements PlannedAction {
    private final RdsInstances rds;
    private final Rds target;
    private final ActionRequest.RdsSnapshot request;
    private final Clock clock;
    private Optional<String> named;

    RdsSnapshotPlan(RdsInstances rds, Rds target, ActionRequest.RdsSnapshot request, Clock clock) {
        this.rds = rds;
        this.target = target;
        this.request = request;
        this.clock = clock;
        this.named = request.pinned().map(ActionRequest.SnapshotPin::snapshotId);
    }

    @Override
    public Preview preview() {
        SnapshotPreview p = rds.previewSnapshot(target);
        named = named.or(() -> Optional.of(p.snapshotId()));
        return new Preview(RdsText.snapshotPreview(p, clock.instant()) + "\n" + RequestText.line(p.request()),
                request.pinning(new ActionRequest.SnapshotPin(p.snapshotId())));
    }

    @Override
    public ActionResult execute(boolean dryRun) {
        String id = named.orElseGet(() -> rds.previewSnapshot(target).snapshotId());
        named = Optional.of(id);
        SnapshotResult result = rds.snapshot(target, id, dryRun);
        return ActionResult.of(RdsText.snapshot(result));
    }

    @Override
    public Optional<String> follow(Duration deadline, Consumer<String> onProgress) {
        return named.map(id -> RdsText.done(rds.awaitSnapshot(target, id, deadline,
                s -> onProgress.accept(RdsText.progress(s)))));
    }
}
