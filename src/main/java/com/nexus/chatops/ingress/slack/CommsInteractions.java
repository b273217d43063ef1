package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.lifecycle.Resolutions;
import com.nexus.chatops.incident.lifecycle.StatusUpdates;
import com.nexus.chatops.incident.view.CommsModals;
import com.nexus.chatops.slack.Failures;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incident card's "Post update" and "Resolve" buttons and their forms. Every listener acks at once; the
 * modal is opened, and the submission carried out, on the work queue. The outcome reaches the responder as an
 * ephemeral message in the incident channel.
 */
final class CommsInteractions {
    static final String UPDATE_BUTTON = "incident.update.open";
    static final String RESOLVE_BUTTON = "incident.resolve.open";
    private static final Logger LOG = LoggerFactory.getLogger(CommsInteractions.class);

    private final IncidentRepository incidents;
    private final StatusUpdates updates;
    private final Resolutions resolutions;
    private final SlackGateway slack;
    private final WorkQueue work;

    CommsInteractions(IncidentRepository incidents, StatusUpdates updates, Resolutions resolutions,
                      SlackGateway slack, WorkQueue work) {
        this.incidents = incidents;
        this.updates = updates;
        this.resolutions = resolutions;
        this.slack = slack;
        this.work = work;
    }

    void register(App app) {
        app.blockAction(UPDATE_BUTTON, (req, ctx) -> open(req, ctx, i -> CommsModals.update(i.id(), i.channelName(),
                i.title(), Arrays.stream(Phase.values()).map(Phase::word).toList(), i.status().word(),
                updates.cadence(i.severity()))));
        app.blockAction(RESOLVE_BUTTON, (req, ctx) -> open(req, ctx,
                i -> CommsModals.resolve(i.id(), i.channelName(), i.title())));
        app.viewSubmission(CommsModals.UPDATE_CALLBACK, this::onUpdate);
        app.viewSubmission(CommsModals.RESOLVE_CALLBACK, this::onResolve);
    }

    private Response open(BlockActionRequest req, ActionContext ctx,
                          Function<Incident, com.slack.api.model.view.View> form) {
        var payload = req.getPayload();
        String user = payload.getUser().getId();
        String value = payload.getActions().get(0).getValue();
        String trigger = payload.getTriggerId();
        work.offer(() -> {
            Optional<Incident> incident = incident(value);
            if (incident.isEmpty()) {
                LOG.warn("card button for unknown incident {} from {}", value, user);
                return;
            }
            slack.openView(trigger, form.apply(incident.get())).whenComplete((ok, err) -> {
                if (err != null) {
                    LOG.warn("could not open the form for incident {}: {}", value, err.toString());
                    tell(incident.get(), user, Replies.notice(":warning: The form did not open (Slack said: "
                            + err.getMessage() + "). Use `/nexus update` or `/nexus resolve` in this channel."));
                }
            });
        });
        return ctx.ack();
    }

    private Response onUpdate(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Phase phase = Phase.valueOf(selected(p, CommsModals.PHASE).orElse("investigating").toUpperCase(Locale.ROOT));
        String message = text(p, CommsModals.MESSAGE);
        return submit(p, ctx, (incident, user) -> updates.post(incident, phase, message, user));
    }

    private Response onResolve(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        String summary = text(p, CommsModals.SUMMARY);
        return submit(p, ctx, (incident, user) -> resolutions.resolve(incident, summary, user));
    }

    private Response submit(ViewSubmissionPayload p, ViewSubmissionContext ctx,
                            java.util.function.BiFunction<Incident, String, Reply> action) {
        String user = p.getUser().getId();
        String id = p.getView().getPrivateMetadata();
        work.offer(() -> {
            Optional<Incident> incident = incident(id);
            if (incident.isEmpty()) {
                LOG.warn("form submitted for unknown incident {} by {}", id, user);
                return;
            }
            tell(incident.get(), user, Failures.of("the incident form",
                    () -> action.apply(incident.get(), user)));
        });
        return ctx.ack();
    }

    private void tell(Incident incident, String user, Reply reply) {
        if (incident.channelId() == null) {
            return;
        }
        slack.postEphemeral(incident.channelId(), user, reply).whenComplete((ok, err) -> {
            if (err != null) {
                LOG.warn("could not tell {} the outcome in {}: {}", user, incident.channelName(), err.toString());
            }
        });
    }

    private Optional<Incident> incident(String id) {
        try {
            return incidents.findById(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<String, ViewState.Value> block(ViewSubmissionPayload p, String blockId) {
        return p.getView().getState().getValues().getOrDefault(blockId, Map.of());
    }

    private static Optional<String> selected(ViewSubmissionPayload p, String id) {
        ViewState.Value v = block(p, id).get(id);
        return Optional.ofNullable(v).map(ViewState.Value::getSelectedOption).map(o -> o.getValue());
    }

    private static String text(ViewSubmissionPayload p, String id) {
        ViewState.Value v = block(p, id).get(id);
        return v == null || v.getValue() == null ? "" : v.getValue().strip();
    }
}
