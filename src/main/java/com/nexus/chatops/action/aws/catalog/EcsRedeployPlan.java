package com.nexus.chatops.action.aws.catalog;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.action.aws.EcsServices;
import com.nexus.chatops.action.aws.EcsUpdate;
import com.nexus.chatops.action.aws.RedeployPreview;
import com.nexus.chatops.action.aws.view.EcsText;
import com.nexus.chatops.action.aws.view.RequestText;
import com.nexus.chatops.config.Ecs;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * `ecs redeploy`: the preview shows the task definition and counts and pins the task definition, so the
 * confirmed redeploy refuses when someone deployed since; after the update the new deployment is followed.
 */
final class EcsRedeployPlan implements PlannedAction {
    private final EcsServices ecs;
    private final Ecs target;
    private final ActionRequest.EcsRedeploy request;
    private Optional<String> started = Optional.empty();

    EcsRedeployPlan(EcsServices ecs, Ecs target, ActionRequest.EcsRedeploy request) {
        this.ecs = ecs;
        this.target = target;
        this.request = request;
    }

    @Override
    public Preview preview() {
        RedeployPreview p = ecs.previewRedeploy(target);
        return new Preview(EcsText.redeployPreview(p) + "\n" + RequestText.line(p.request()),
                request.pinning(new ActionRequest.TaskDefinitionPin(p.taskDefinition().arn())));
    }

    @Override
    public ActionResult execute(boolean dryRun) {
        EcsUpdate update = ecs.redeploy(target, request.pinned().map(ActionRequest.TaskDefinitionPin::arn), dryRun);
        started = update.startedDeployment();
        return ActionResult.of(EcsText.update(update));
    }

    @Override
    public Optional<String> follow(Duration deadline, Consumer<String> onProgress) {
        return Optional.of(EcsText.rollout(ecs.awaitStable(target, started, deadline,
                s -> onProgress.accept(EcsText.progress(s)))));
    }
}
