package com.nexus.chatops.action;

import com.nexus.chatops.config.Actions;
import com.nexus.chatops.config.PolicyRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What a responder asked nexus to do, one record per policy action with its own typed parameters. {@link #params()}
 * is the canonical form the store and the audit log keep (and {@link ActionRequests#read} reads back); whether an
 * action writes is decided once, from the policy's read groups.
 */
public sealed interface ActionRequest extends PolicyRequest {

    /** Changes something, so it goes through a preview and whatever confirmation the policy asks for. */
    default boolean writes() {
        return !Actions.reads(action());
    }

    /** The request as the responder asked it, without what a preview pinned; what messages name. */
    default ActionRequest asked() {
        return this;
    }

    /** The revision a rollback's preview showed as current, and the one whose template it restores. */
    record RevisionPin(int from, int to) {
    }

    /** The task definition (ARN) an ECS redeploy's preview showed the service running. */
    record TaskDefinitionPin(String arn) {
        public TaskDefinitionPin { Objects.requireNonNull(arn); }
    }

    /** The desired count an ECS scale's preview showed as "from". */
    record DesiredCountPin(int from) {
    }

    /** The snapshot identifier an RDS snapshot's preview named. */
    record SnapshotPin(String snapshotId) {
        public SnapshotPin { Objects.requireNonNull(snapshotId); }
    }

    /** Acts on a Kubernetes deployment. */
    sealed interface OnKubernetes extends ActionRequest permits Pods, Events, History, Logs, Rollback, Restart, Scale {
    }

    /** Acts on AWS (ECS, RDS, CloudWatch). */
    sealed interface OnAws extends ActionRequest permits EcsStatus, EcsRedeploy, EcsScale, RdsStatus, RdsSnapshot,
            Alarms {
    }

    /** Acts on PagerDuty; runs at once, checked by the same policy. */
    sealed interface OnPagerDuty extends ActionRequest permits PagerDutyAck, PagerDutyResolve, PagerDutyPage {
    }

    record Pods(String service) implements OnKubernetes {
        public Pods { Objects.requireNonNull(service); }
        public String action() { return "k8s.pods"; }
        public SortedMap<String, String> params() { return ParamMap.none(); }
    }

    record Events(String service) implements OnKubernetes {
        public Events { Objects.requireNonNull(service); }
        public String action() { return "k8s.events"; }
        public SortedMap<String, String> params() { return ParamMap.none(); }
    }

    record History(String service) implements OnKubernetes {
        public History { Objects.requireNonNull(service); }
        public String action() { return "k8s.history"; }
        public SortedMap<String, String> params() { return ParamMap.none(); }
    }

    record Logs(String service, boolean previous, int tail, Optional<String> container) implements OnKubernetes {
        public Logs { Objects.requireNonNull(service); Objects.requireNonNull(container); }
        public String action() { return "k8s.logs"; }
        public SortedMap<String, String> params() {
            return ParamMap.of("tail", Integer.toString(tail)).flag("previous", previous)
                    .with("container", container).sorted();
        }
    }

    /** {@code pinned}: set on the request a confirmation stores, so it rolls back to what its preview showed. */
    record Rollback(String service, Optional<Integer> toRevision, Optional<RevisionPin> pinned)
            implements OnKubernetes {
        public Rollback {
            Objects.requireNonNull(service);
            Objects.requireNonNull(toRevision);
            Objects.requireNonNull(pinned);
        }
        public String action() { return "k8s.rollback"; }
        public SortedMap<String, String> params() {
            return ParamMap.of().with("toRevision", toRevision.map(String::valueOf))
                    .with("pin.fromRevision", pinned.map(p -> Integer.toString(p.from())))
                    .with("pin.toRevision", pinned.map(p -> Integer.toString(p.to()))).sorted();
        }
        public Rollback pinning(RevisionPin pin) { return new Rollback(service, toRevision, Optional.of(pin)); }
        public ActionRequest asked() { return new Rollback(service, toRevision, Optional.empty()); }
    }

    record Restart(String service) implements OnKubernetes {
        public Restart { Objects.requireNonNull(service); }
        public String action() { return "k8s.restart"; }
        public SortedMap<String, String> params() { return ParamMap.none(); }
    }

    record Scale(String service, int replicas) implements OnKubernetes {
        public Scale { Objects.requireNonNull(service); }
        public String action() { return "k8s.scale"; }
        public SortedMap<String, String> params() {
            return ParamMap.of("replicas", Integer.toString(replicas)).sorted();
        }
    }

    record EcsStatus(String service) implements OnAws {
        public EcsStatus { Objects.requireNonNull(service); }
        public String action() { return "ecs.status"; }
        public SortedMap<String, String> params() { return ParamMap.none(); }
    }

    /** {@code pinned}: set on the request a confirmation stores, so it redeploys what its preview showed. */
    record EcsRedeploy(String service, Optional<TaskDefinitionPin> pinned) implements OnAws {
        public EcsRedeploy { Objects.requireNonNull(service); Objects.requireNonNull(pinned); }
        public EcsRedeploy(String service) { this(service, Optional.empty()); }
        public String action() { return "ecs.redeploy"; }
        public SortedMap<String, String> params() {
            return ParamMap.of().with("pin.taskDefinition", pinned.map(TaskDefinitionPin::arn)).sorted();
        }
        public EcsRedeploy pinning(TaskDefinitionPin pin) { return new EcsRedeploy(service, Optional.of(pin)); }
        public ActionRequest asked() { return new EcsRedeploy(service); }
    }

    /** {@code pinned}: the count the preview showed, so a service scaled by someone else meanwhile is refused. */
    record EcsScale(String service, int count, Optional<DesiredCountPin> pinned) implements OnAws {
        public EcsScale { Objects.requireNonNull(service); Objects.requireNonNull(pinned); }
        public EcsScale(String service, int count) { this(service, count, Optional.empty()); }
        public String action() { return "ecs.scale"; }
        public SortedMap<String, String> params() {
            return ParamMap.of("count", Integer.toString(count))
                    .with("pin.fromCount", pinned.map(p -> Integer.toString(p.from()))).sorted();
        }
        public EcsScale pinning(DesiredCountPin pin) { return new EcsScale(service, count, Optional.of(pin)); }
        public ActionRequest asked() { return new EcsScale(service, count); }
    }

    record RdsStatus(String service) implements OnAws {
        public RdsStatus { Objects.requireNonNull(service); }
        public String action() { return "rds.status"; }
        public SortedMap<String, String> params() { return ParamMap.none(); }
    }

    /** {@code pinned}: the snapshot name the preview showed, so the confirmation creates that very snapshot. */
    record RdsSnapshot(String service, Optional<SnapshotPin> pinned) implements OnAws {
        public RdsSnapshot { Objects.requireNonNull(service); Objects.requireNonNull(pinned); }
        public RdsSnapshot(String service) { this(service, Optional.empty()); }
        public String action() { return "rds.snapshot"; }
        public SortedMap<String, String> params() {
            return ParamMap.of().with("pin.snapshotId", pinned.map(SnapshotPin::snapshotId)).sorted();
        }
        public RdsSnapshot pinning(SnapshotPin pin) { return new RdsSnapshot(service, Optional.of(pin)); }
        public ActionRequest asked() { return new RdsSnapshot(service); }
    }

    /** Without a service: the alarms of every service. */
    record Alarms(Optional<String> serviceName) implements OnAws {
        public Alarms { Objects.requireNonNull(serviceName); }
        public String action() { return "cloudwatch.alarms"; }
        public String service() { return serviceName.orElse(null); }
        public SortedMap<String, String> params() { return ParamMap.none(); }
    }

    /** {@code pagerDutyIncident}: the linked PagerDuty incident, when the Slack incident has one. */
    record PagerDutyAck(Optional<String> pagerDutyIncident) implements OnPagerDuty {
        public PagerDutyAck { Objects.requireNonNull(pagerDutyIncident); }
        public String action() { return "pagerduty.ack"; }
        public String service() { return null; }
        public SortedMap<String, String> params() {
            return ParamMap.of().with("pagerdutyIncident", pagerDutyIncident).sorted();
        }
    }

    record PagerDutyResolve(Optional<String> pagerDutyIncident) implements OnPagerDuty {
        public PagerDutyResolve { Objects.requireNonNull(pagerDutyIncident); }
        public String action() { return "pagerduty.resolve"; }
        public String service() { return null; }
        public SortedMap<String, String> params() {
            return ParamMap.of().with("pagerdutyIncident", pagerDutyIncident).sorted();
        }
    }

    record PagerDutyPage(String service) implements OnPagerDuty {
        public PagerDutyPage { Objects.requireNonNull(service); }
        public String action() { return "pagerduty.page"; }
        public SortedMap<String, String> params() { return ParamMap.none(); }
    }
}
