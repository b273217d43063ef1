package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.core.NexusException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Infrastructure that only counts: which requests really ran, and which ran as dry runs. */
public final class FakeActions implements ActionCatalog {
    public final List<ActionRequest> executed = new CopyOnWriteArrayList<>();
    public final List<ActionRequest> dryRuns = new CopyOnWriteArrayList<>();
    public volatile String missingService;

    @Override
    public PlannedAction plan(ActionRequest request) {
        return new PlannedAction() {
            @Override
            public Preview preview() {
                if (request.service().equals(missingService)) {
                    throw new NexusException("deployment nexus-prod/nexus-" + request.service() + " not found");
                }
                String text = "revision 7 (core-api:1.4.2) → revision 6 (core-api:1.4.1)";
                return request instanceof ActionRequest.Rollback rollback
                        ? new Preview(text, rollback.pinning(new ActionRequest.RevisionPin(7, 6)))
                        : Preview.of(text, request);
            }

            @Override
            public ActionResult execute(boolean dryRun) {
                (dryRun ? dryRuns : executed).add(request);
                return ActionResult.of("rolled back to revision 6");
            }

            @Override
            public Optional<String> follow(Duration deadline, Consumer<String> onProgress) {
                onProgress.accept("rollout: 1 of 3 updated");
                return Optional.of("rollout complete: 3 of 3 available");
            }
        };
    }
}
