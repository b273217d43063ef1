package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.core.References;
import com.nexus.chatops.incident.runbook.RunbookPosts;
import com.nexus.chatops.incident.runbook.view.RunbookMessage;
import com.nexus.chatops.ingress.Dispatcher;
import com.nexus.chatops.runbook.StepRef;
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
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A runbook step's button: ack at once, then, on the work queue, run the command the step stands for through the
 * same dispatcher a typed `/nexus …` goes through (parser, guard, confirmation, audit), answer the clicker as the
 * command would, and mark the step as run on the runbook message.
 */
final class RunbookButtons {
    private static final Logger LOG = LoggerFactory.getLogger(RunbookButtons.class);
    private static final Pattern STEP = Pattern.compile("^" + Pattern.quote(RunbookMessage.STEP) + ".+$");
    private final Dispatcher dispatcher;
    private final RunbookPosts posts;
    private final SlackGateway slack;
    private final WorkQueue work;

    RunbookButtons(Dispatcher dispatcher, RunbookPosts posts, SlackGateway slack, WorkQueue work) {
        this.dispatcher = dispatcher;
        this.posts = posts;
        this.slack = slack;
        this.work = work;
    }

    void register(App app) {
        app.blockAction(STEP, this::onClick);
    }

    private Response onClick(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        if (p.getChannel() == null || p.getActions() == null || p.getActions().isEmpty()) {
            return ctx.ack();
        }
        Optional<StepRef> step = StepRef.parse(p.getActions().get(0).getValue());
        Invocation inv = new Invocation(Invocation.SLACK, p.getUser().getId(), p.getChannel().getId(),
                p.getChannel().getName(), References.next(), p.getTriggerId());
        boolean accepted = work.offer(() -> run(inv, step));
        if (!accepted) {
            LOG.warn("[{}] work queue full, refused a runbook step from {}", inv.correlationId(), inv.userId());
        }
        return ctx.ack();
    }

    private void run(Invocation inv, Optional<StepRef> step) {
        Optional<Reply> reply;
        try {
            reply = step.flatMap(s -> posts.run(s, inv.channelId(), inv.userId(),
                    command -> dispatcher.handle(inv, command)));
        } catch (RuntimeException e) {
            LOG.warn("[{}] runbook step {} failed after its command: {}", inv.correlationId(),
                    step.map(StepRef::value).orElse("?"), e.toString());
            reply = Optional.of(Failures.reply("the runbook step", e, inv.correlationId()));
        }
        if (reply.isEmpty()) {
            slack.postEphemeral(inv.channelId(), inv.userId(), Replies.notice(":warning: This button belongs to no"
                    + " runbook step nexus can run here, so nothing was run. `/nexus runbook` lists the runbooks."));
        } else if (reply.get().ephemeral()) {
            slack.postEphemeral(inv.channelId(), inv.userId(), reply.get());
        } else {
            slack.post(inv.channelId(), reply.get());
        }
    }
}
