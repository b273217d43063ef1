package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import java.util.stream.Collectors;

/** How a request is named in messages: "`k8s.scale` on *core-api* (replicas 4)". */
final class Describe {
    private Describe() {}

    static String request(ActionRequest r) {
        String params = r.params().entrySet().stream().filter(e -> !e.getKey().startsWith("pin.")
                        && !e.getKey().startsWith("override.") && !e.getKey().equals(CooldownOverrides.HELD))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return "`" + r.action() + "`" + (r.service() == null ? "" : " on *" + r.service() + "*")
                + (params.isEmpty() ? "" : " (" + params + ")");
    }

    static String headline(ActionRequest r) {
        return "Run " + r.action() + (r.service() == null ? "" : " on " + r.service()) + "?";
    }
}
