package com.nexus.chatops.action.aws.catalog;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.action.aws.EcsScalePreview;
import com.nexus.chatops.action.aws.EcsServices;
import com.nexus.chatops.action.aws.view.EcsText;
import com.nexus.chatops.action.aws.view.RequestText;
import com.nexus.chatops.config.Ecs;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * `ecs scale`: the preview shows the desired count from → to within aws.ecs.count and pins "from", so the
 * confirmed scale refuses when the service was scaled since; then the service is followed until stable.
 */
final class EcsScalePlan implements PlannedAction {
    private final EcsServices ecs;
    private final Ecs target;
    private final ActionRequest.EcsScale request;

    EcsScalePlan(EcsServices ecs, Ecs target, ActionRequest.EcsScale request) {
        this.ecs = ecs;
        this.target = target;
        this.request = request;
    }

    @Override
    public Preview preview() {
        EcsScalePreview p = ecs.previewScale(target, request.count());
        return new Preview(EcsText.scalePreview(p) + "\n" + RequestText.line(p.request()),
                request.pinning(new ActionRequest.DesiredCountPin(p.from())));
    }

    @Override
    public ActionResult execute(boolean dryRun) {
        return ActionResult.of(EcsText.update(ecs.scale(target, request.count(),
                request.pinned().map(ActionRequest.DesiredCountPin::from), dryRun)));
    }

    @Override
    public Optional<String> follow(Duration deadline, Consumer<String> onProgress) {
        return Optional.of(EcsText.rollout(ecs.awaitStable(target, Optional.empty(), deadline,
                s -> onProgress.accept(EcsText.progress(s)))));
    }
}
