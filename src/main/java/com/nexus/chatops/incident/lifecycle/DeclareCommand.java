package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Severity;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.DeclareRequest;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.ServiceMention;
import com.nexus.chatops.incident.view.IncidentModals;
import com.nexus.chatops.incident.view.IncidentNotices;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.store.OpenedViews;
import com.slack.api.model.view.View;

/** `/nexus declare [sevN] [title…]`: declares at once with a title, opens the form without one. */
public final class DeclareCommand {
    private final NexusConfig config;
    private final Declarations declarations;
    private final SlackGateway slack;
    private final OpenedViews views;

    public DeclareCommand(NexusConfig config, Declarations declarations, SlackGateway slack, OpenedViews views) {
        this.config = config;
        this.views = views;
        this.declarations = declarations;
        this.slack = slack;
    }

    public Reply declare(Invocation inv, Command.Declare command) {
        if (command.title().isBlank()) {
            return openForm(inv, command.severity().orElse(null));
        }
        String key = inv.triggerId() != null ? "slack:" + inv.triggerId() : inv.source() + ":" + inv.correlationId();
        String severity = command.severity().orElseGet(this::defaultSeverity);
        Incident incident = declarations.declare(new DeclareRequest(key, severity, command.title(),
                ServiceMention.in(command.title(), config).orElse(null), null, inv.userId()));
        return IncidentNotices.declared(incident);
    }

    private Reply openForm(Invocation inv, String severity) {
        if (inv.triggerId() == null) {
            return Replies.error("A title is needed to declare from here.", "Usage: `/nexus declare sev2 &lt;title&gt;`",
                    "Severities: " + String.join(", ", config.severities().keySet()) + ".");
        }
        View form = IncidentModals.declare(config, "", severity, inv.channelId());
        form.setExternalId(views.record(form.getCallbackId(), form.getPrivateMetadata(), inv.userId()));
        SlackCalls.required(Wait.DELIVERY, "open the declare form", slack.openView(inv.triggerId(), form));
        return Replies.notice("Fill in the form to declare the incident.");
    }

    /** Without a severity: the most severe level that does not page anyone; responders raise it when needed. */
    private String defaultSeverity() {
        return config.severities().values().stream().filter(s -> !s.page()).map(Severity::name).findFirst()
                .orElseGet(() -> config.severities().keySet().stream().reduce((a, b) -> b)
                        .orElseThrow(() -> new NexusException("nexus.yml defines no severities.")));
    }
}
