package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.core.References;
import com.nexus.chatops.guard.IncidentPolicy;
import com.nexus.chatops.guard.IncidentRef;
import com.nexus.chatops.guard.SubmittedForms;
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
import java.util.Arrays;
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
    private final SubmittedForms forms;
    private final IncidentPolicy policy;

    CommsInteractions(IncidentRepository incidents, StatusUpdates updates, Resolutions resolutions,
                      SlackGateway slack, WorkQueue work, Guards guards) {
        this.forms = guards.forms();
        this.policy = guards.policy();
        this.incidents = incidents;
        this.updates = updates;
        this.resolutions = resolutions;
        this.slack = slack;
        this.work = work;
    }

    void register(App app) {
        app.blockAction(UPDATE_BUTTON, (req, ctx) -> open(req, ctx, "incident.update", i -> CommsModals.update(i.id(), i.channelName(),
                i.title(), Arrays.stream(Phase.values()).map(Phase::word).toList(), i.status().word(),
                updates.cadence(i.severity()))));
        app.blockAction(RESOLVE_BUTTON, (req, ctx) -> open(req, ctx, "incident.resolve",
                i -> CommsModals.resolve(i.id(), i.channelName(), i.title())));
        app.viewSubmission(CommsModals.UPDATE_CALLBACK, this::onUpdate);
        app.viewSubmission(CommsModals.RESOLVE_CALLBACK, this::onResolve);
    }

    private Response open(BlockActionRequest req, ActionContext ctx, String action,
                          Function<Incident, com.slack.api.model.view.View> form) {
        var payload = req.getPayload();
        Optional<String> user = Payloads.user(payload);
        String trigger = payload.getTriggerId();
        if (user.isEmpty() || trigger == null) {
            return ctx.ack();
        }
        String value = Payloads.value(payload).orElse(null);
        work.offer(() -> {
            Optional<Incident> incident = incident(value);
            if (incident.isEmpty()) {
                Payloads.channel(payload).ifPresent(c -> slack.postEphemeral(c, user.get(),
                        Replies.notice(":x: " + Payloads.OUT_OF_DATE)));
                return;
            }
            Optional<Reply> denied = denial(action, incident.get(), user.get());
            if (denied.isPresent()) {
                tell(incident.get(), user.get(), denied.get());
                return;
            }
            com.slack.api.model.view.View view = form.apply(incident.get());
            FormCheck.open(slack, forms, trigger, view, user.get()).whenComplete((ok, err) -> {
                if (err != null) {
                    LOG.warn("could not open the form for incident {}: {}", incident.get().id(),
                            err.toString());
                    tell(incident.get(), user.get(), Replies.notice(":warning: The form did not open"
                            + " (Slack said: " + err.getMessage() + "). Use `/nexus update` or"
                            + " `/nexus resolve` in this channel."));
                }
            });
        });
        return ctx.ack();
    }

    /** Asking early spares a denied user filling in a form; the submission is checked again all the same. */
    private Optional<Reply> denial(String action, Incident incident, String user) {
        try {
            policy.require(action, user, incident.channelId(), incident.channelName(),
                    Optional.of(new IncidentRef(incident.id(), incident.severity())));
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(Failures.reply("the incident form", e, References.next()));
        }
    }

    private Response onUpdate(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Optional<String> refusal = FormCheck.refusal(forms, p);
        if (refusal.isPresent()) {
            return ctx.ackWithErrors(Map.of(CommsModals.MESSAGE, refusal.get()));
        }
        var values = Payloads.values(p);
        Optional<Phase> phase = Payloads.selected(values, CommsModals.PHASE).flatMap(CommsInteractions::phase);
        if (phase.isEmpty()) {
            return ctx.ackWithErrors(Map.of(CommsModals.PHASE, "Pick a phase."));
        }
        String message = Payloads.text(values, CommsModals.MESSAGE);
        String action = phase.get() == Phase.RESOLVED ? "incident.resolve" : "incident.update";
        return submit(p, ctx, action, (incident, user) -> updates.post(incident, phase.get(), message, user));
    }

    private Response onResolve(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Optional<String> refusal = FormCheck.refusal(forms, p);
        if (refusal.isPresent()) {
            return ctx.ackWithErrors(Map.of(CommsModals.SUMMARY, refusal.get()));
        }
        String summary = Payloads.text(Payloads.values(p), CommsModals.SUMMARY);
        return submit(p, ctx, "incident.resolve", (incident, user) -> resolutions.resolve(incident, summary, user));
    }

    private Response submit(ViewSubmissionPayload p, ViewSubmissionContext ctx, String action,
                            java.util.function.BiFunction<Incident, String, Reply> change) {
        String user = Payloads.user(p).orElseThrow();
        String id = p.getView().getPrivateMetadata();
        work.offer(() -> {
            Optional<Incident> incident = incident(id);
            if (incident.isEmpty()) {
                LOG.warn("form submitted for an unknown incident by {}", user);
                return;
            }
            tell(incident.get(), user, Failures.of("the incident form",
                    () -> guarded(action, incident.get(), user, () -> change.apply(incident.get(), user))));
        });
        return ctx.ack();
    }

    /** A form is used in its incident's channel: that is the place the policy looks at. */
    private <T> T guarded(String action, Incident incident, String user, java.util.function.Supplier<T> change) {
        return policy.run(action, user, incident.channelId(), incident.channelName(),
                Optional.of(new IncidentRef(incident.id(), incident.severity())), change);
    }

    private static Optional<Phase> phase(String word) {
        return Arrays.stream(Phase.values()).filter(ph -> ph.word().equals(word)).findFirst();
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
}
