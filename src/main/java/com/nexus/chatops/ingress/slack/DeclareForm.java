package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.DeclareRequest;
import com.nexus.chatops.incident.lifecycle.Declarations;
import com.nexus.chatops.incident.view.IncidentModals;
import com.nexus.chatops.incident.view.IncidentNotices;
import com.nexus.chatops.ingress.WorkKind;
import com.nexus.chatops.slack.Failures;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The declare form: submitted (declare key = the view id, so a double click declares once) and opened from the
 * "Declare incident" message shortcut with the message as the title.
 */
final class DeclareForm {
    static final String SHORTCUT = "incident.declare.shortcut";
    private static final Logger LOG = LoggerFactory.getLogger(DeclareForm.class);
    private final NexusConfig config;
    private final Declarations declarations;
    private final SlackGateway slack;
    private final WorkQueue work;

    DeclareForm(NexusConfig config, Declarations declarations, SlackGateway slack, WorkQueue work) {
        this.config = config;
        this.declarations = declarations;
        this.slack = slack;
        this.work = work;
    }

    void register(App app) {
        app.viewSubmission(IncidentModals.DECLARE, this::onSubmit);
        app.messageShortcut(SHORTCUT, this::onShortcut);
    }

    private Response onShortcut(MessageShortcutRequest req, MessageShortcutContext ctx) {
        var p = req.getPayload();
        String text = p.getMessage() == null ? "" : com.nexus.chatops.slack.Mrkdwn.toPlain(p.getMessage().getText());
        String channel = p.getChannel() == null ? null : p.getChannel().getId();
        work.offer(() -> slack.openView(p.getTriggerId(),
                IncidentModals.declare(config, text, null, channel))
                .whenComplete((v, e) -> {
                    if (e != null) {
                        LOG.warn("could not open the declare form for {}: {}", p.getUser().getId(), e.toString());
                    }
                }));
        return ctx.ack();
    }

    private Response onSubmit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Map<String, Map<String, ViewState.Value>> values = p.getView().getState().getValues();
        String title = text(values, IncidentModals.TITLE).replaceAll("\\s+", " ").strip();
        String severity = selected(values, IncidentModals.SEVERITY);
        if (title.isEmpty()) {
            return ctx.ackWithErrors(Map.of(IncidentModals.TITLE, "Give the incident a title."));
        }
        if (severity == null || !config.severities().containsKey(severity)) {
            return ctx.ackWithErrors(Map.of(IncidentModals.SEVERITY, "Pick a severity."));
        }
        String user = p.getUser().getId();
        String origin = p.getView().getPrivateMetadata();
        DeclareRequest request = new DeclareRequest("slack-view:" + p.getView().getId(), severity, title,
                selected(values, IncidentModals.SERVICE), blankToNull(text(values, IncidentModals.DESCRIPTION)), user);
        work.offer(WorkKind.INCIDENT_CREATION, () -> tell(origin, user, Failures.of("the declaration",
                () -> IncidentNotices.declared(declarations.declare(request)))));
        return ctx.ack();
    }

    /** In the channel the form came from, only to its author; as a direct message when that fails. */
    private void tell(String origin, String user, Reply reply) {
        if (origin == null || origin.isBlank()) {
            slack.post(user, reply);
            return;
        }
        slack.postEphemeral(origin, user, reply).exceptionally(e -> {
            slack.post(user, reply);
            return null;
        });
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
        ViewState.Value v = values.getOrDefault(block, Map.of()).get(block);
        return v == null || v.getValue() == null ? "" : v.getValue();
    }

    private static String selected(Map<String, Map<String, ViewState.Value>> values, String block) {
        ViewState.Value v = values.getOrDefault(block, Map.of()).get(block);
        return v == null || v.getSelectedOption() == null ? null : v.getSelectedOption().getValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
