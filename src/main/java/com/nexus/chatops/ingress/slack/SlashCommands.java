package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.core.References;
import com.nexus.chatops.ingress.Dispatcher;
import com.nexus.chatops.slack.Reply;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.response.ResponseTypes;
import com.slack.api.webhook.WebhookResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `/nexus …` over Slack: ack at once (empty), run the command on the work queue, answer via response_url.
 */
final class SlashCommands {
    static final String COMMAND = "/nexus";
    private static final Logger LOG = LoggerFactory.getLogger(SlashCommands.class);
    private final Dispatcher dispatcher;
    private final WorkQueue work;

    SlashCommands(Dispatcher dispatcher, WorkQueue work) {
        this.dispatcher = dispatcher;
        this.work = work;
    }

    void register(App app) {
        app.command(COMMAND, this::onCommand);
    }

    private Response onCommand(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        Invocation inv = new Invocation(Invocation.SLACK, p.getUserId(), p.getChannelId(), p.getChannelName(),
                References.next(), p.getTriggerId());
        boolean accepted = work.offer(() -> respond(ctx, inv, dispatcher.handle(inv, p.getText())));
        if (!accepted) {
            LOG.warn("[{}] work queue full, refused /nexus from {}", inv.correlationId(), inv.userId());
            return ctx.ack(":hourglass: nexus is busy right now and did not start this. Please try again in a moment.");
        }
        return ctx.ack();
    }

    private static void respond(SlashCommandContext ctx, Invocation inv, Reply reply) {
        SlashCommandResponse body = SlashCommandResponse.builder()
                .responseType(reply.ephemeral() ? ResponseTypes.ephemeral : ResponseTypes.inChannel)
                .text(reply.text())
                .blocks(reply.blocks().isEmpty() ? null : reply.blocks())
                .build();
        try {
            WebhookResponse r = ctx.respond(body);
            if (r.getCode() != 200) {
                LOG.warn("[{}] response_url answered {}: {}", inv.correlationId(), r.getCode(), r.getBody());
            }
        } catch (Exception e) {
            LOG.warn("[{}] could not deliver the reply through response_url: {}", inv.correlationId(), e.toString());
        }
    }
}
