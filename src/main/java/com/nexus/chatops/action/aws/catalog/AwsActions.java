package com.nexus.chatops.action.aws.catalog;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.action.TaskDeployments;
import com.nexus.chatops.action.aws.AlarmRow;
import com.nexus.chatops.action.aws.AwsServices;
import com.nexus.chatops.action.aws.EcsDeployment;
import com.nexus.chatops.action.aws.EcsStatus;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AWS commands as guarded actions over {@link AwsServices}, which connects on the first AWS command: reads
 * answer at once, writes preview what they would change and pin it for the confirmation. It also reads a service's
 * ECS deployment for the runbooks' hints.
 */
public final class AwsActions implements ActionCatalog, TaskDeployments {
    private static final Logger LOG = LoggerFactory.getLogger(AwsActions.class);
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

    /**
     * Empty, without touching AWS, for a service without aws.ecs; empty too, with a log line, when ECS could not
     * be read (no credentials, access denied) or reports no creation time.
     */
    @Override
    public Optional<TaskDeployments.Primary> primary(String name) {
        Optional<Service> service = config.service(name).filter(s -> s.ecs().isPresent());
        if (service.isEmpty()) {
            return Optional.empty();
        }
        try {
            EcsStatus status = aws().ecs(service.get().awsRegion()).status(service.get().ecs().orElseThrow());
            Optional<TaskDeployments.Deployed> replacing = status.deployments().stream().filter(d -> !d.primary())
                    .findFirst().flatMap(AwsActions::deployed);
            return status.primary().flatMap(AwsActions::deployed).map(p -> new TaskDeployments.Primary(p, replacing));
        } catch (RuntimeException e) {
            LOG.warn("could not read the ECS deployment of {} for the runbook hints: {}", name, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<TaskDeployments.Deployed> deployed(EcsDeployment d) {
        return d.createdAt().map(at -> new TaskDeployments.Deployed(d.taskDefinition().label(), at));
    }

    /**
     * Said before any policy rule: a service nexus.yml does not describe, or one without the ECS service or RDS
     * instance the command works on. Credentials are not looked for here: only the SDK's own chain knows them all
     * (instance and container roles included), and its answer is said plainly when the command runs.
     */
    @Override
    public Optional<String> unavailable(ActionRequest r) {
        String name = r.service();
        if (name == null) {
            return Optional.empty();
        }
        Optional<Service> service = config.service(name);
        if (service.isEmpty()) {
            return Optional.of("Unknown service `" + name + "`: nexus.yml has no service of that name.");
        }
        boolean ecs = r instanceof ActionRequest.EcsStatus || r instanceof ActionRequest.EcsRedeploy
                || r instanceof ActionRequest.EcsScale;
        if (ecs && service.get().ecs().isEmpty()) {
            return Optional.of("`" + name + "` runs on no ECS service that nexus knows of: nexus.yml has no services."
                    + name + ".aws.ecs section.");
        }
        boolean rds = r instanceof ActionRequest.RdsStatus || r instanceof ActionRequest.RdsSnapshot;
        if (rds && service.get().rds().isEmpty()) {
            return Optional.of("`" + name + "` has no RDS instance that nexus knows of: nexus.yml has no services."
                    + name + ".aws.rds section.");
        }
        return Optional.empty();
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
