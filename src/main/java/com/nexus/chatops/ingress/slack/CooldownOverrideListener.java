package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.guard.view.ActionMessages;
import com.nexus.chatops.guard.view.ActionReplies;
import com.nexus.chatops.guard.SubmittedForms;
import com.nexus.chatops.slack.Failures;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Override cooldown (leads)" on a cooldown denial: the click opens the reason form only for someone the guard
 * lets override (others are told why, audited); the submission, with a reason, re-issues the request.
 */
final class CooldownOverrideListener {
    private static final Logger LOG = LoggerFactory.getLogger(CooldownOverrideListener.class);
    private final ActionReplies actions;
    private final SlackGateway slack;
    private final WorkQueue work;
    private final SubmittedForms forms;

    CooldownOverrideListener(ActionReplies actions, SlackGateway slack, WorkQueue work, SubmittedForms forms) {
        this.forms = forms;
        this.actions = actions;
        this.slack = slack;
        this.work = work;
    }

    void register(App app) {
        app.blockAction(ActionMessages.OVERRIDE, this::onClick);
        app.viewSubmission(ActionMessages.OVERRIDE_CALLBACK, this::onSubmit);
    }

    private Response onClick(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        if (p.getChannel() == null || p.getActions() == null || p.getActions().isEmpty()) {
            return ctx.ack();
        }
        String heldId = Payloads.value(p).orElse("");
        String user = Payloads.user(p).orElse(null);
        String channel = p.getChannel().getId();
        String trigger = p.getTriggerId();
        if (user == null || channel == null || trigger == null) {
            return ctx.ack();
        }
        work.offer(() -> {
            Optional<Reply> refusal = actions.overrideRefusal(heldId, user);
            if (refusal.isPresent()) {
                slack.postEphemeral(channel, user, refusal.get());
                return;
            }
            View form = actions.overrideForm(heldId).view();
            FormCheck.open(slack, forms, trigger, form, user).whenComplete((ok, err) -> {
                if (err != null) {
                    LOG.warn("could not open the override form for {}: {}", heldId, err.toString());
                    slack.postEphemeral(channel, user, Replies.notice(":warning: The override form did"
                            + " not open; nothing was overridden. Try the button again."));
                }
            });
        });
        return ctx.ack();
    }

    private Response onSubmit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Optional<String> refusal = FormCheck.refusal(forms, p);
        if (refusal.isPresent()) {
            return ctx.ackWithErrors(Map.of(ActionMessages.REASON, refusal.get()));
        }
        String heldId = p.getView().getPrivateMetadata();
        String user = Payloads.user(p).orElseThrow();
        String reason = Payloads.text(Payloads.values(p), ActionMessages.REASON);
        if (reason.isBlank()) {
            return ctx.ackWithErrors(Map.of(ActionMessages.REASON, "Say why the cooldown should not apply."));
        }
        work.offer(() -> {
            Optional<String> channel = actions.channelOf(heldId);
            Reply answer = Failures.of("the cooldown override",
                    () -> actions.overrideCooldown(heldId, user, reason));
            if (channel.isPresent()) {
                slack.postEphemeral(channel.get(), user, answer);
            }
        });
        return ctx.ack();
    }
}
