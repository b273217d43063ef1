package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.config.Ecs;
import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.config.Replicas;
import com.nexus.chatops.config.Service;
import java.util.Optional;
import java.util.function.Function;

/**
 * bounds: a scale stays within the bounds nexus.yml sets for the service — replicas for a Kubernetes deployment,
 * aws.ecs.count for an ECS service's desired count.
 */
public final class BoundsRule implements GuardRule {
    static final String NAME = "bounds";

    /** What a scale sets, where nexus.yml bounds it, and in which words. */
    private record Scaled(int wanted, Function<Service, Optional<Replicas>> bounds, String key, String unit) {}

    @Override
    public Verdict check(Context c) {
        Attempt a = c.attempt();
        Optional<Scaled> scaled = scaled(a);
        if (scaled.isEmpty()) {
            return "k8s.scale".equals(a.action()) || "ecs.scale".equals(a.action())
                    ? Verdict.deny(NAME, "the count to scale to is missing or not a number")
                    : Verdict.allow(NAME, "no bounds for " + a.action());
        }
        Scaled s = scaled.get();
        Replicas bounds = c.config().service(a.service()).flatMap(s.bounds()).orElse(null);
        int wanted = s.wanted();
        if (bounds == null || !bounds.allows(wanted)) {
            String range = bounds == null ? "no bounds" : bounds.min() + "–" + bounds.max() + " " + s.unit();
            return Verdict.deny(NAME, a.service() + " may be scaled to " + range + " (services." + a.service()
                    + "." + s.key() + " in nexus.yml); " + wanted + " is outside — pick a count within the"
                    + " bounds, or change them");
        }
        return Verdict.allow(NAME, wanted + " is within " + bounds.min() + "–" + bounds.max());
    }

    private static Optional<Scaled> scaled(Attempt a) {
        if (a.request() instanceof ActionRequest.Scale scale) {
            return Optional.of(new Scaled(scale.replicas(), s -> s.kubernetes().map(Kubernetes::replicas),
                    "kubernetes.replicas", "replicas"));
        }
        if (a.request() instanceof ActionRequest.EcsScale scale) {
            return Optional.of(new Scaled(scale.count(), s -> s.ecs().map(Ecs::count), "aws.ecs.count", "tasks"));
        }
        return Optional.empty();
    }
}
