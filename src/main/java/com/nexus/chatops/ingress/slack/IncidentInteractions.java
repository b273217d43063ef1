package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.command.Role;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.core.References;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.lifecycle.RoleChanges;
import com.nexus.chatops.incident.lifecycle.SeverityChanges;
import com.nexus.chatops.incident.view.IncidentCard;
import com.nexus.chatops.slack.Failures;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The incident card's own controls: the severity select and the commander / comms user selects. (Post update,
 * Resolve and Acknowledge belong to the flows that own those actions.)
 */
final class IncidentInteractions {
    private final IncidentRepository incidents;
    private final SeverityChanges severities;
    private final RoleChanges roles;
    private final SlackGateway slack;
    private final WorkQueue work;

    IncidentInteractions(IncidentRepository incidents, SeverityChanges severities, RoleChanges roles,
                         SlackGateway slack, WorkQueue work) {
        this.incidents = incidents;
        this.severities = severities;
        this.roles = roles;
        this.slack = slack;
        this.work = work;
    }

    void register(App app) {
        app.blockAction(IncidentCard.SEVERITY, this::onSeverity);
        app.blockAction(IncidentCard.ASSIGN_COMMANDER, (req, ctx) -> onAssign(req, ctx, Role.COMMANDER));
        app.blockAction(IncidentCard.ASSIGN_COMMS, (req, ctx) -> onAssign(req, ctx, Role.COMMS));
    }

    private Response onSeverity(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        String value = p.getActions().get(0).getSelectedOption() == null ? ""
                : p.getActions().get(0).getSelectedOption().getValue();
        int colon = value.indexOf(':');
        String user = p.getUser().getId();
        work.offer(() -> answer(p, user, () -> {
            Incident incident = incidents.findById(Long.parseLong(value.substring(0, colon)))
                    .orElseThrow(() -> new NexusException("That incident no longer exists."));
            return severities.change(incident, value.substring(colon + 1), user);
        }));
        return ctx.ack();
    }

    private Response onAssign(BlockActionRequest req, ActionContext ctx, Role role) {
        BlockActionPayload p = req.getPayload();
        String chosen = p.getActions().get(0).getSelectedUser();
        String user = p.getUser().getId();
        work.offer(() -> answer(p, user, () -> {
            Incident incident = channel(p).flatMap(incidents::findByChannelId)
                    .orElseThrow(() -> new NexusException("This card's incident was not found."));
            return roles.assign(incident, role, chosen, user);
        }));
        return ctx.ack();
    }

    /** The outcome goes to the channel for everyone; a refusal or failure only to the person who clicked. */
    private void answer(BlockActionPayload p, String user, Supplier<String> change) {
        Optional<String> channel = channel(p);
        try {
            String said = change.get();
            channel.ifPresent(c -> slack.post(c, Replies.say(said)));
        } catch (RuntimeException e) {
            Reply failure = Failures.reply("that card action", e, References.next());
            channel.ifPresent(c -> slack.postEphemeral(c, user, failure));
        }
    }

    private static Optional<String> channel(BlockActionPayload p) {
        if (p.getChannel() != null && p.getChannel().getId() != null) {
            return Optional.of(p.getChannel().getId());
        }
        return Optional.ofNullable(p.getContainer()).map(c -> c.getChannelId());
    }
}
