package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.guard.Click;
import com.nexus.chatops.guard.view.ActionMessages;
import com.nexus.chatops.guard.view.ActionReplies;
import com.nexus.chatops.slack.Failures;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confirm, Approve and Cancel on a guarded action's confirmation: ack at once, then hand (pending id, clicker,
 * channel) to the guard flow on the work queue. What the flow answers is shown to the clicker alone.
 */
final class PendingActionButtons {
    private static final Logger LOG = LoggerFactory.getLogger(PendingActionButtons.class);
    private final ActionReplies actions;
    private final SlackGateway slack;
    private final WorkQueue work;

    PendingActionButtons(ActionReplies actions, SlackGateway slack, WorkQueue work) {
        this.actions = actions;
        this.slack = slack;
        this.work = work;
    }

    void register(App app) {
        app.blockAction(ActionMessages.CONFIRM, (req, ctx) -> onClick(req, ctx, actions::confirm));
        app.blockAction(ActionMessages.APPROVE, (req, ctx) -> onClick(req, ctx, actions::approve));
        app.blockAction(ActionMessages.CANCEL, (req, ctx) -> onClick(req, ctx, actions::cancel));
    }

    private Response onClick(BlockActionRequest req, ActionContext ctx, Function<Click, Reply> step) {
        BlockActionPayload p = req.getPayload();
        if (p.getChannel() == null || p.getActions() == null || p.getActions().isEmpty()
                || Payloads.user(p).isEmpty()) {
            return ctx.ack();
        }
        Click click = new Click(p.getActions().get(0).getValue(), Payloads.user(p).get(), p.getChannel().getId(),
                p.getChannel().getName());
        String what = "the " + p.getActions().get(0).getActionId() + " button";
        boolean accepted = work.offer(() -> {
            Reply answer = Failures.of(what, () -> step.apply(click));
            if (!answer.text().isBlank()) {
                slack.postEphemeral(click.channelId(), click.userId(), answer);
            }
        });
        if (!accepted) {
            LOG.warn("work queue full, refused a button click from {}", click.userId());
        }
        return ctx.ack();
    }
}
