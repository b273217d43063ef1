package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.guard.IncidentPolicy;
import com.nexus.chatops.guard.SubmittedForms;
import com.nexus.chatops.incident.DeclareRequest;
import com.nexus.chatops.incident.lifecycle.Declarations;
import com.nexus.chatops.incident.view.IncidentModals;
import com.nexus.chatops.incident.view.IncidentNotices;
import com.nexus.chatops.slack.Failures;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.Map;
import java.util.Optional;
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
    private final SubmittedForms forms;
    private final IncidentPolicy policy;

    DeclareForm(NexusConfig config, Declarations declarations, SlackGateway slack, WorkQueue work, Guards guards) {
        this.forms = guards.forms();
        this.policy = guards.policy();
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
        String user = p.getUser() == null ? null : p.getUser().getId();
        if (user == null || user.isBlank() || p.getTriggerId() == null) {
            return ctx.ack();
        }
        String text = p.getMessage() == null ? "" : Mrkdwn.toPlain(p.getMessage().getText());
        String channel = p.getChannel() == null ? null : p.getChannel().getId();
        View form = IncidentModals.declare(config, text, null, channel);
        work.offer(() -> FormCheck.open(slack, forms, p.getTriggerId(), form, user).whenComplete((v, e) -> {
                if (e != null) {
                    LOG.warn("could not open the declare form for {}: {}", user, e.toString());
                }
            }));
        return ctx.ack();
    }

    private Response onSubmit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Optional<String> refusal = FormCheck.refusal(forms, p);
        if (refusal.isPresent()) {
            return ctx.ackWithErrors(Map.of(IncidentModals.TITLE, refusal.get()));
        }
        Map<String, Map<String, ViewState.Value>> values = Payloads.values(p);
        String title = Payloads.text(values, IncidentModals.TITLE).replaceAll("\\s+", " ").strip();
        String severity = Payloads.selected(values, IncidentModals.SEVERITY).orElse(null);
        if (title.isEmpty()) {
            return ctx.ackWithErrors(Map.of(IncidentModals.TITLE, "Give the incident a title."));
        }
        if (severity == null || !config.severities().containsKey(severity)) {
            return ctx.ackWithErrors(Map.of(IncidentModals.SEVERITY, "Pick a severity."));
        }
        String user = Payloads.user(p).orElseThrow();
        String origin = p.getView().getPrivateMetadata();
        DeclareRequest request = new DeclareRequest("slack-view:" + p.getView().getId(), severity, title,
                Payloads.selected(values, IncidentModals.SERVICE).orElse(null),
                blankToNull(Payloads.text(values, IncidentModals.DESCRIPTION)), user);
        work.offer(() -> tell(origin, user, Failures.of("the declaration", () -> policy.run("incident.declare",
                user, blankToNull(origin), null, Optional.empty(),
                () -> IncidentNotices.declared(declarations.declare(request))))));
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
