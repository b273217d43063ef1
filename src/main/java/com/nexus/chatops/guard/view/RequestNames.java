package com.nexus.chatops.guard.view;

import com.nexus.chatops.action.ActionRequest;
import java.util.stream.Collectors;

/** How a request is named in messages: "`k8s.scale` on *core-api* (replicas 4)", as the responder asked it. */
final class RequestNames {
    private RequestNames() {}

    static String of(ActionRequest r) {
        String params = r.asked().params().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return "`" + r.action() + "`" + (r.service() == null ? "" : " on *" + r.service() + "*")
                + (params.isEmpty() ? "" : " (" + params + ")");
    }

    /**
     * The command that shows where the request's target stands now: `ecs status` or `rds status` for an AWS
     * write, else the Kubernetes command given ("history", "pods").
     */
    static String check(ActionRequest r, String kubernetes) {
        String service = r.service() == null ? "" : " " + r.service();
        if (r.action().startsWith("ecs.") || r.action().startsWith("rds.")) {
            return "/nexus " + r.action().substring(0, 3) + " status" + service;
        }
        return "/nexus " + kubernetes + service;
    }

    /** "Run k8s.rollback on core-api?": the confirmation's title, and its dialog's. */
    static String headline(ActionRequest r) {
        return "Run " + r.action() + (r.service() == null ? "" : " on " + r.service()) + "?";
    }
}
