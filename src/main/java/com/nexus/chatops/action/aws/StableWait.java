package com.nexus.chatops.action.aws;

import com.nexus.chatops.config.Ecs;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.waiters.EcsWaiter;

/** One follow of an ECS service with the SDK's servicesStable waiter, each new status reported as it is seen. */
final class StableWait {
    private final EcsClient client;
    private final AwsSettings settings;
    private final Ecs target;
    private final AwsCall call;
    private final AtomicReference<EcsStatus> last = new AtomicReference<>();
    private final AtomicReference<DescribeServicesResponse> lastResponse = new AtomicReference<>();

    StableWait(EcsClient client, AwsSettings settings, Ecs target, String region) {
        this.client = client;
        this.settings = settings;
        this.target = target;
        this.call = EcsTargets.call(EcsTargets.DESCRIBE, target, region);
    }

    EcsRollout await(Optional<String> started, Duration deadline, Consumer<EcsStatus> onProgress) {
        EcsClient observed = new ObservedEcsClient(client, response -> seen(response, onProgress));
        try (EcsWaiter waiter = EcsWaiter.builder().client(observed).build()) {
            WaiterLoop.End end = WaiterLoop.run(call, deadline, settings,
                    config -> waiter.waitUntilServicesStable(EcsServices.describeRequest(target), config),
                    () -> lastResponse.get() != null, this::failed);
            EcsStatus status = last.get();
            return new EcsRollout(status, switch (end) {
                case FAILED -> EcsRollout.Outcome.FAILED;
                case DEADLINE -> EcsRollout.Outcome.DEADLINE;
                case SUCCESS -> started.isPresent() && status.primary().map(EcsDeployment::id)
                        .filter(started.get()::equals).isEmpty() ? EcsRollout.Outcome.ROLLED_BACK
                        : EcsRollout.Outcome.STABLE;
            });
        }
    }

    private void seen(DescribeServicesResponse response, Consumer<EcsStatus> onProgress) {
        lastResponse.set(response);
        if (!response.services().isEmpty()) {
            EcsStatus now = EcsModels.status(target, response.services().get(0));
            if (!now.equals(last.getAndSet(now))) {
                onProgress.accept(now);
            }
        }
    }

    /** The waiter's failure states: the service gone (said as not found), draining or inactive. */
    private boolean failed() {
        DescribeServicesResponse response = lastResponse.get();
        if (response.services().isEmpty()) {
            EcsServices.only(call, response);
        }
        String status = last.get().status();
        return "DRAINING".equals(status) || "INACTIVE".equals(status);
    }
}
