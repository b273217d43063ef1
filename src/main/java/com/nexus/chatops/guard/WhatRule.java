package com.nexus.chatops.guard;

import com.nexus.chatops.config.Service;
import java.util.Optional;

/** what: the service is one nexus.yml describes, with the kind of target this action acts on. */
public final class WhatRule implements GuardRule {
    static final String NAME = "what";

    @Override
    public Verdict check(Context c) {
        Attempt a = c.attempt();
        if (a.service() == null) {
            return Verdict.allow(NAME, a.action() + " names no service");
        }
        Optional<Service> service = c.config().service(a.service());
        if (service.isEmpty()) {
            return Verdict.deny(NAME, "unknown service " + a.service() + " — known services: "
                    + String.join(", ", c.config().services().keySet()));
        }
        String prefix = a.action().substring(0, a.action().indexOf('.') + 1);
        boolean fits = switch (prefix) {
            case "k8s." -> service.get().kubernetes().isPresent();
            case "ecs." -> service.get().ecs().isPresent();
            case "rds." -> service.get().rds().isPresent();
            default -> true;
        };
        if (!fits) {
            return Verdict.deny(NAME, a.service() + " has no " + kind(prefix) + " in nexus.yml (services."
                    + a.service() + "), so " + a.action() + " cannot act on it");
        }
        return Verdict.allow(NAME, a.action() + " on " + a.service());
    }

    private static String kind(String prefix) {
        return switch (prefix) {
            case "k8s." -> "Kubernetes deployment";
            case "ecs." -> "ECS service";
            case "rds." -> "RDS instance";
            default -> "target";
        };
    }
}
