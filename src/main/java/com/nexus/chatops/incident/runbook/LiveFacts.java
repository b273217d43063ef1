package com.nexus.chatops.incident.runbook;

import com.nexus.chatops.action.ServiceReads;
import com.nexus.chatops.action.TaskDeployments;
import com.nexus.chatops.action.Workloads;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Replicas;
import com.nexus.chatops.config.Service;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.runbook.hint.Facts;
import com.nexus.chatops.runbook.hint.PodState;
import com.nexus.chatops.runbook.hint.Rollout;
import com.nexus.chatops.runbook.hint.Workload;
import java.time.Clock;
import java.util.Optional;

/**
 * The decision hints' facts for an incident, read now: its service's deployment (current and previous revision,
 * replicas against nexus.yml's bounds, pods and their restarts), else its ECS service's PRIMARY deployment, and
 * when the incident started. What cannot be read stays empty, and the hints that need it stay silent.
 */
public final class LiveFacts {
    private final NexusConfig config;
    private final Workloads workloads;
    private final TaskDeployments ecs;
    private final Clock clock;

    public LiveFacts(NexusConfig config, Workloads workloads, Clock clock) {
        this(config, new ServiceReads(workloads, TaskDeployments.NONE), clock);
    }

    public LiveFacts(NexusConfig config, ServiceReads reads, Clock clock) {
        this.config = config;
        this.workloads = reads.workloads();
        this.ecs = reads.ecs();
        this.clock = clock;
    }

    public Facts of(Incident incident) {
        Facts facts = Facts.at(incident.declaredAt(), clock.instant());
        Optional<Service> service = Optional.ofNullable(incident.service()).flatMap(config::service);
        Optional<Workloads.State> state = service.flatMap(s -> workloads.read(s.name()));
        if (service.isEmpty()) {
            return facts;
        }
        if (state.isEmpty()) {
            return withEcs(facts, service.get().name());
        }
        Workloads.State s = state.get();
        if (s.current().isPresent()) {
            facts = facts.withRollouts(rollout(s.name(), s.current().get()),
                    s.previous().map(p -> rollout(s.name(), p)));
        }
        Replicas bounds = service.get().kubernetes().map(k -> k.replicas()).orElse(Replicas.DEFAULT);
        return facts.withWorkload(new Workload(s.name(), s.desired(), s.ready(), bounds, s.pods().stream()
                .map(p -> new PodState(p.name(), p.ready(), p.restarts(), p.lastTermination(), p.lastRestartAt()))
                .toList()));
    }

    /** A service without a Kubernetes workload: its ECS deployment, if it has one and it could be read. */
    private Facts withEcs(Facts facts, String service) {
        return ecs.primary(service).map(p -> facts.withRollouts(rollout(service, p.now()),
                p.replacing().map(r -> rollout(service, r)))).orElse(facts);
    }

    private static Rollout rollout(String service, TaskDeployments.Deployed d) {
        return new Rollout(Rollout.Kind.ECS_DEPLOYMENT, service, d.taskDefinition(), d.createdAt(), Optional.empty());
    }

    private static Rollout rollout(String workload, Workloads.Rollout r) {
        return new Rollout(Rollout.Kind.REVISION, workload, r.revision(), r.at(), r.by());
    }
}
