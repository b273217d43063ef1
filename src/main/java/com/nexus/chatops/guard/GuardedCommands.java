package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Handlers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Kubernetes commands as guarded action requests: each command becomes its policy action name, the service
 * and its parameters, and goes through the same flow.
 */
public final class GuardedCommands {
    public static final String PREVIOUS = "previous";
    public static final String TAIL = "tail";
    public static final String CONTAINER = "container";
    public static final String TO_REVISION = "toRevision";

    private GuardedCommands() {}

    public static Handlers register(Handlers handlers, GuardedActions actions) {
        return handlers
                .register(Command.Pods.class, (inv, c) -> actions.request(inv, ActionRequest.of(c.action(), c.service()), false))
                .register(Command.Events.class, (inv, c) -> actions.request(inv, ActionRequest.of(c.action(), c.service()), false))
                .register(Command.History.class, (inv, c) -> actions.request(inv, ActionRequest.of(c.action(), c.service()), false))
                .register(Command.Logs.class, (inv, c) -> actions.request(inv, logs(c), false))
                .register(Command.Rollback.class, (inv, c) -> actions.request(inv, rollback(c), c.dryRun()))
                .register(Command.Restart.class, (inv, c) -> actions.request(inv, ActionRequest.of(c.action(), c.service()), c.dryRun()))
                .register(Command.Scale.class, (inv, c) -> actions.request(inv, new ActionRequest(c.action(), c.service(),
                        Map.of(BoundsRule.REPLICAS, Integer.toString(c.replicas()))), c.dryRun()));
    }

    static ActionRequest logs(Command.Logs c) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(TAIL, Integer.toString(c.tail()));
        if (c.previous()) {
            params.put(PREVIOUS, "true");
        }
        c.container().ifPresent(container -> params.put(CONTAINER, container));
        return new ActionRequest(c.action(), c.service(), params);
    }

    static ActionRequest rollback(Command.Rollback c) {
        return new ActionRequest(c.action(), c.service(),
                c.toRevision().map(r -> Map.of(TO_REVISION, Integer.toString(r))).orElse(Map.of()));
    }
}
