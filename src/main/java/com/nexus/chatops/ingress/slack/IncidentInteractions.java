package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.command.Role;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.core.References;
import com.nexus.chatops.guard.IncidentPolicy;
import com.nexus.chatops.guard.IncidentRef;
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
    private final IncidentPolicy policy;

    IncidentInteractions(IncidentRepository incidents, SeverityChanges severities, RoleChanges roles,
                         SlackGateway slack, WorkQueue work, IncidentPolicy policy) {
        this.policy = policy;
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
        Optional<String> user = Payloads.user(p);
        if (user.isEmpty()) {
            return ctx.ack();
        }
        Optional<SeverityChoice> choice = Payloads.value(p).flatMap(SeverityChoice::parse);
        work.offer(() -> answer(p, user.get(), () -> {
            SeverityChoice c = choice.orElseThrow(() -> new NexusException(Payloads.OUT_OF_DATE));
            Incident incident = incidents.findById(c.incidentId())
                    .orElseThrow(() -> new NexusException("That incident no longer exists."));
            return guarded("incident.severity", p, user.get(), incident,
                    () -> severities.change(incident, c.severity(), user.get()));
        }));
        return ctx.ack();
    }

    private Response onAssign(BlockActionRequest req, ActionContext ctx, Role role) {
        BlockActionPayload p = req.getPayload();
        Optional<String> user = Payloads.user(p);
        if (user.isEmpty()) {
            return ctx.ack();
        }
        Optional<String> chosen = Payloads.action(p).map(a -> a.getSelectedUser()).filter(s -> !s.isBlank());
        work.offer(() -> answer(p, user.get(), () -> {
            Incident incident = Payloads.channel(p).flatMap(incidents::findByChannelId)
                    .orElseThrow(() -> new NexusException("This card's incident was not found."));
            String who = chosen.orElseThrow(() -> new NexusException(Payloads.OUT_OF_DATE));
            return guarded("incident.assign", p, user.get(), incident, () -> roles.assign(incident, role, who,
                    user.get()));
        }));
        return ctx.ack();
    }

    private String guarded(String action, BlockActionPayload p, String user, Incident incident,
                           Supplier<String> change) {
        boolean here = Payloads.channel(p).isPresent();
        return policy.run(action, user, here ? Payloads.channel(p).get() : incident.channelId(),
                here ? Payloads.channelName(p).orElse(null) : incident.channelName(),
                Optional.of(new IncidentRef(incident.id(), incident.severity())), change);
    }

    /** The outcome goes to the channel for everyone; a refusal or failure only to the person who clicked. */
    private void answer(BlockActionPayload p, String user, Supplier<String> change) {
        Optional<String> channel = Payloads.channel(p);
        try {
            String said = change.get();
            channel.ifPresent(c -> slack.post(c, Replies.say(said)));
        } catch (RuntimeException e) {
            Reply failure = Failures.reply("that card action", e, References.next());
            channel.ifPresent(c -> slack.postEphemeral(c, user, failure));
        }
    }
}
