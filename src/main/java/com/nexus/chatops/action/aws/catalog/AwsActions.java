package com.nexus.chatops.action.aws.catalog;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.action.aws.AlarmRow;
import com.nexus.chatops.action.aws.AwsServices;
import com.nexus.chatops.action.aws.view.AlarmText;
import com.nexus.chatops.action.aws.view.EcsText;
import com.nexus.chatops.action.aws.view.RdsText;
import com.nexus.chatops.config.Ecs;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Rds;
import com.nexus.chatops.config.Service;
import com.nexus.chatops.core.NexusException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The AWS commands as guarded actions over {@link AwsServices}, which connects on the first AWS command: reads
 * answer at once, writes preview what they would change and pin it for the confirmation.
 */
public final class AwsActions implements ActionCatalog {
    private final NexusConfig config;
    private final Supplier<AwsServices> services;
    private AwsServices connected;

    public AwsActions(NexusConfig config, Supplier<AwsServices> services) {
        this.config = config;
        this.services = services;
    }

    private synchronized AwsServices aws() {
        if (connected == null) {
            connected = services.get();
        }
        return connected;
    }

    @Override
    public PlannedAction plan(ActionRequest r) {
        if (r instanceof ActionRequest.Alarms alarms) {
            Optional<Service> service = alarms.serviceName().map(this::service);
            return read(() -> {
                Optional<String> prefix = service.map(Service::alarmPrefix);
                return AlarmText.alarms(alarms(service, prefix), prefix, aws().clock().instant());
            });
        }
        Service service = service(r.service());
        if (r instanceof ActionRequest.EcsStatus) {
            Ecs target = ecs(service);
            return read(() -> EcsText.status(aws().ecs(service.awsRegion()).status(target), aws().clock().instant()));
        }
        if (r instanceof ActionRequest.EcsRedeploy redeploy) {
            return new EcsRedeployPlan(aws().ecs(service.awsRegion()), ecs(service), redeploy);
        }
        if (r instanceof ActionRequest.EcsScale scale) {
            return new EcsScalePlan(aws().ecs(service.awsRegion()), ecs(service), scale);
        }
        if (r instanceof ActionRequest.RdsStatus) {
            Rds target = rds(service);
            return read(() -> RdsText.status(aws().rds(service.awsRegion()).status(target), aws().clock().instant()));
        }
        if (r instanceof ActionRequest.RdsSnapshot snapshot) {
            return new RdsSnapshotPlan(aws().rds(service.awsRegion()), rds(service), snapshot, aws().clock());
        }
        throw new NexusException(r.action() + " is not an AWS action");
    }

    /**
     * A service's alarms by its aws.alarmPrefix (else its name), in its region; without a service every alarm in
     * each region nexus.yml names (AWS_REGION's when it names none), newest first.
     */
    private List<AlarmRow> alarms(Optional<Service> service, Optional<String> prefix) {
        if (service.isPresent()) {
            return aws().alarms(service.get().awsRegion()).inAlarm(prefix);
        }
        List<Optional<String>> regions = config.services().values().stream().map(Service::awsRegion)
                .flatMap(Optional::stream).distinct().map(Optional::of).toList();
        return (regions.isEmpty() ? List.of(Optional.<String>empty()) : regions).stream()
                .flatMap(region -> aws().alarms(region).inAlarm(prefix).stream())
                .sorted(Comparator.comparing((AlarmRow r) -> r.since().orElse(Instant.EPOCH)).reversed()).toList();
    }

    private Service service(String name) {
        return config.service(name).orElseThrow(() -> new NexusException("unknown service " + name));
    }

    private static Ecs ecs(Service service) {
        return service.ecs().orElseThrow(() -> new NexusException(service.name()
                + " has no ECS service in nexus.yml (services." + service.name() + ".aws.ecs)"));
    }

    private static Rds rds(Service service) {
        return service.rds().orElseThrow(() -> new NexusException(service.name()
                + " has no RDS instance in nexus.yml (services." + service.name() + ".aws.rds)"));
    }

    private static PlannedAction read(Supplier<String> text) {
        return new PlannedAction() {
            @Override
            public Preview preview() {
                throw new IllegalStateException("a read has no preview");
            }

            @Override
            public ActionResult execute(boolean dryRun) {
                return ActionResult.of(text.get());
            }
        };
    }
}
