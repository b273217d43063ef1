package com.nexus.chatops;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.guard.IncidentPolicy;
import com.nexus.chatops.guard.IncidentRef;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.lifecycle.IncidentLookup;
import com.nexus.chatops.ingress.CommandHandler;
import com.nexus.chatops.slack.Reply;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts an incident command's handler behind {@link IncidentPolicy}: the incident is the channel's (the console's
 * latest), and the place is where the command was typed, or the incident's channel when typed in the console.
 */
final class IncidentGate {
    private final IncidentPolicy policy;
    private final IncidentLookup lookup;

    IncidentGate(IncidentPolicy policy, IncidentLookup lookup) {
        this.policy = policy;
        this.lookup = lookup;
    }

    <C extends Command> CommandHandler<C> of(String action, CommandHandler<C> handler) {
        return of(c -> action, handler);
    }

    /** @param action the policy action this command is, which may depend on its arguments (update resolved) */
    <C extends Command> CommandHandler<C> of(Function<C, String> action, CommandHandler<C> handler) {
        return gated(action, (inv, command, incident) -> handler.handle(inv, command));
    }

    /** As above, for a handler that is handed the incident the gate found rather than looking it up again. */
    <C extends Command> CommandHandler<C> withIncident(String action, Found<C> handler) {
        return gated(c -> action, handler);
    }

    /** A handler of a command about the incident found for it (empty when there is none). */
    interface Found<C extends Command> {
        Reply handle(Invocation inv, C command, Optional<Incident> incident);
    }

    private <C extends Command> CommandHandler<C> gated(Function<C, String> action, Found<C> handler) {
        return (inv, command) -> {
            Optional<Incident> incident = lookup.find(inv);
            boolean here = inv.channelId() != null;
            return policy.run(action.apply(command), inv.userId(),
                    here ? inv.channelId() : incident.map(Incident::channelId).orElse(null),
                    here ? inv.channelName() : incident.map(Incident::channelName).orElse(null),
                    incident.map(i -> new IncidentRef(i.id(), i.severity())),
                    () -> handler.handle(inv, command, incident));
        };
    }
}
