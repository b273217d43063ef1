package com.nexus.chatops.action.aws;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.config.Ecs;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DescribeServicesRequest;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.UpdateServiceRequest;

/**
 * The ECS actions nexus offers on a service: status, redeploy (force a new deployment) and scale, each write
 * with a preview and a dry run, and following the service until it is stable. ECS has no server-side dry run:
 * a dry run builds the same request object a real run sends and returns it unsent. Every failure is a
 * NexusException whose message can be shown as it is.
 */
public final class EcsServices {
    private final EcsClient client;
    private final AwsSettings settings;
    private final String region;

    EcsServices(EcsClient client, AwsSettings settings) {
        this.client = client;
        this.settings = settings;
        this.region = client.serviceClientConfiguration().region().id();
    }

    public EcsStatus status(Ecs target) {
        return EcsModels.status(target, describe(client, target, region));
    }

    public RedeployPreview previewRedeploy(Ecs target) {
        EcsStatus now = status(target);
        return new RedeployPreview(now.cluster(), now.service(), now.taskDefinition(), now.desired(), now.running(),
                now.pending(), SdkRequests.describe(EcsTargets.UPDATE, redeployRequest(target)));
    }

    /**
     * Forces a new deployment. With {@code confirmedTaskDefinition} (the ARN the preview showed) it refuses when
     * the service runs another task definition now: someone deployed since, and a redeploy would roll that out.
     */
    public EcsUpdate redeploy(Ecs target, Optional<String> confirmedTaskDefinition, boolean dryRun) {
        if (confirmedTaskDefinition.isPresent()) {
            TaskDefinition now = status(target).taskDefinition();
            if (!now.arn().equals(confirmedTaskDefinition.get())) {
                throw new NexusException(EcsTargets.subject(target) + " changed since the preview: it runs "
                        + now.label() + " now, the preview showed " + TaskDefinition.of(confirmedTaskDefinition.get())
                        .label() + "; nothing was redeployed, run redeploy again for a new preview");
            }
        }
        return update(target, redeployRequest(target), dryRun);
    }

    public EcsScalePreview previewScale(Ecs target, int count) {
        requireValid(count);
        EcsStatus now = status(target);
        return new EcsScalePreview(now.cluster(), now.service(), now.desired(), count, now.running(), target.count(),
                SdkRequests.describe(EcsTargets.UPDATE, scaleRequest(target, count)));
    }

    /** Sets the desired count; a count outside aws.ecs.count is refused here as well as by the guard. */
    public EcsUpdate scale(Ecs target, int count, boolean dryRun) {
        return scale(target, count, Optional.empty(), dryRun);
    }

    /**
     * The same, refusing when {@code confirmedFrom} (the desired count the preview showed) is no longer the
     * service's: someone scaled it since, and "from → to" would not be what was confirmed.
     */
    public EcsUpdate scale(Ecs target, int count, Optional<Integer> confirmedFrom, boolean dryRun) {
        requireValid(count);
        if (!target.count().allows(count)) {
            throw new NexusException(EcsTargets.subject(target) + " may run " + target.count().min() + "–"
                    + target.count().max() + " tasks (aws.ecs.count in nexus.yml); " + count + " is outside");
        }
        if (confirmedFrom.isPresent()) {
            int now = status(target).desired();
            if (now != confirmedFrom.get()) {
                throw new NexusException(EcsTargets.subject(target) + " changed since the preview: its desired count"
                        + " is " + now + " now, the preview showed " + confirmedFrom.get() + "; nothing was scaled,"
                        + " run scale again for a new preview");
            }
        }
        return update(target, scaleRequest(target, count), dryRun);
    }

    /**
     * Follows the service with the SDK's servicesStable waiter until it is stable, fails, or the deadline
     * passes, reporting each status that differs from the one before. {@code startedDeployment} is the
     * deployment a redeploy started: stable on another one means ECS rolled it back.
     */
    public EcsRollout awaitStable(Ecs target, Optional<String> startedDeployment, Duration deadline,
                                  Consumer<EcsStatus> onProgress) {
        return new StableWait(client, settings, target, region).await(startedDeployment, deadline, onProgress);
    }

    static Service describe(EcsClient client, Ecs target, String region) {
        AwsCall call = EcsTargets.call(EcsTargets.DESCRIBE, target, region);
        DescribeServicesResponse response = AwsErrors.call(call,
                () -> client.describeServices(describeRequest(target)));
        return only(call, response);
    }

    static DescribeServicesRequest describeRequest(Ecs target) {
        return DescribeServicesRequest.builder().cluster(target.cluster()).services(target.service()).build();
    }

    /** ECS reports a missing service as a failure in a successful answer, not as an error. */
    static Service only(AwsCall call, DescribeServicesResponse response) {
        if (!response.services().isEmpty()) {
            return response.services().get(0);
        }
        Optional<Failure> failure = response.failures().stream().findFirst();
        if (failure.isEmpty() || "MISSING".equals(failure.get().reason())) {
            throw new NexusException(AwsErrors.notFound(call, "MISSING"));
        }
        throw new NexusException("ECS could not describe " + call.subject() + ": " + failure.get().reason()
                + (failure.get().detail() == null ? "" : " (" + failure.get().detail() + ")"));
    }

    private EcsUpdate update(Ecs target, UpdateServiceRequest request, boolean dryRun) {
        PlannedCall planned = SdkRequests.describe(EcsTargets.UPDATE, request);
        if (dryRun) {
            return new EcsUpdate(planned, true, Optional.empty());
        }
        Service after = AwsErrors.call(EcsTargets.call(EcsTargets.UPDATE, target, region),
                () -> client.updateService(request)).service();
        return new EcsUpdate(planned, false, Optional.ofNullable(after).map(s -> EcsModels.status(target, s)));
    }

    private static UpdateServiceRequest redeployRequest(Ecs target) {
        return UpdateServiceRequest.builder().cluster(target.cluster()).service(target.service())
                .forceNewDeployment(true).build();
    }

    private static UpdateServiceRequest scaleRequest(Ecs target, int count) {
        return UpdateServiceRequest.builder().cluster(target.cluster()).service(target.service()).desiredCount(count)
                .build();
    }

    private static void requireValid(int count) {
        if (count < 0) {
            throw new NexusException("An ECS service cannot run " + count + " tasks; give 0 or more");
        }
    }
}
