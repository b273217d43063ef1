package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.config.Kubernetes;
import com.nexus.chatops.config.Replicas;

/** bounds: a scale stays within the replica bounds nexus.yml sets for the service. */
public final class BoundsRule implements GuardRule {
    static final String NAME = "bounds";

    @Override
    public Verdict check(Context c) {
        Attempt a = c.attempt();
        if (!"k8s.scale".equals(a.action())) {
            return Verdict.allow(NAME, "no bounds for " + a.action());
        }
        Replicas bounds = c.config().service(a.service()).flatMap(s -> s.kubernetes()).map(Kubernetes::replicas)
                .orElse(null);
        if (!(a.request() instanceof ActionRequest.Scale scale)) {
            return Verdict.deny(NAME, "the replica count is missing or not a number");
        }
        int wanted = scale.replicas();
        if (bounds == null || !bounds.allows(wanted)) {
            String range = bounds == null ? "no bounds" : bounds.min() + "–" + bounds.max() + " replicas";
            return Verdict.deny(NAME, a.service() + " may be scaled to " + range + " (services." + a.service()
                    + ".kubernetes.replicas in nexus.yml); " + wanted + " is outside — pick a count within the"
                    + " bounds, or change them");
        }
        return Verdict.allow(NAME, wanted + " is within " + bounds.min() + "–" + bounds.max());
    }
}
