package com.nexus.chatops.ingress.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.command.ParseResult;
import com.nexus.chatops.core.References;
import com.nexus.chatops.core.Texts;
import com.nexus.chatops.ingress.Dispatcher;
import com.nexus.chatops.ingress.WorkKind;
import com.nexus.chatops.slack.Reply;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.response.ResponseTypes;
import com.slack.api.bolt.util.JsonOps;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * `/nexus …` over Slack. The command runs in its {@link WorkKind}'s lane; a quick one whose answer is ready
 * within {@link #IN_ACK} (help, a parse problem, status from the store) is answered in the ack itself,
 * anything else is acked at once and answered through response_url when done. A declare that has to wait
 * for Slack's pacing of new channels says where it is in line.
 */
final class SlashCommands {
    static final String COMMAND = "/nexus";
    /** How long an ack may wait for a quick answer; Slack allows 3 s in all. */
    static final Duration IN_ACK = Duration.ofMillis(500);
    private static final int NEW_CHANNELS_PER_MINUTE = 20;
    private static final int FALLBACK_CHARS = 150;
    private static final HexFormat HEX = HexFormat.of();

    private final Dispatcher dispatcher;
    private final WorkQueue work;
    private final ResponseUrls responseUrls = new ResponseUrls();
    /**
     * By value (a reply is a record of text, blocks and visibility): the same answer again (help; status while
     * nothing changed) is serialized once; at most 64 are kept. Its upkeep runs on the ack's own thread:
     * handing each miss's upkeep to the common pool cost more than doing it.
     */
    private final Cache<Reply, String> ackJson = Caffeine.newBuilder().maximumSize(64)
            .executor(Runnable::run).build();

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
        ParseResult parsed = dispatcher.parse(p.getText());
        WorkKind kind = dispatcher.kind(parsed);
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        if (!work.offer(kind, () -> reply.complete(dispatcher.handle(inv, p.getText(), parsed)))) {
            return ctx.ack(":hourglass: nexus is busy right now and did not start this. Please try again in a moment.");
        }
        if (kind == WorkKind.IMMEDIATE || kind == WorkKind.REPLIES) {
            try {
                return inAck(reply.get(IN_ACK.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException | ExecutionException e) {
                // not ready in time: answered through response_url below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int inLine = work.backlog(kind);
        work.track(reply.thenCompose(r -> responseUrls.post(p.getResponseUrl(), body(r), inv.correlationId())));
        if (kind == WorkKind.INCIDENT_CREATION && inLine > work.threads(kind)) {
            return ctx.ack(":hourglass_flowing_sand: queued: Slack allows ~" + NEW_CHANNELS_PER_MINUTE
                    + " new channels a minute; yours is " + ordinal(inLine) + " in line. The channel link follows here.");
        }
        return ctx.ack();
    }

    /**
     * The answer as the ack's JSON body. A reply equal to one answered lately reuses its JSON, so the longest
     * quick answer (help's overview) is serialized once rather than on every ack.
     */
    private Response inAck(Reply reply) {
        String json = ackJson.get(reply, r -> asciiOnly(JsonOps.toJsonString(ackBody(r))));
        return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(json).build();
    }

    /**
     * The same JSON with every character outside ASCII written as a {@code \\uXXXX} escape, so the string is sent
     * by copying its bytes rather than encoding it character by character.
     */
    static String asciiOnly(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(json.length() + 64).append(json, 0, i);
            }
            out.append("\\u").append(HEX.toHexDigits(c));
        }
        return out == null ? json : out.toString();
    }

    /**
     * In an ack Slack shows the blocks; the text is only the fallback for notifications, so a reply with blocks
     * carries its first line there rather than everything twice (help's overview: 8 KB down to 4 KB).
     */
    static SlashCommandResponse ackBody(Reply reply) {
        SlashCommandResponse body = body(reply);
        if (!reply.blocks().isEmpty()) {
            body.setText(Texts.cutMrkdwn(reply.text().lines().findFirst().orElse(""), FALLBACK_CHARS));
        }
        return body;
    }

    private static SlashCommandResponse body(Reply reply) {
        return SlashCommandResponse.builder()
                .responseType(reply.ephemeral() ? ResponseTypes.ephemeral : ResponseTypes.inChannel)
                .text(reply.text())
                .blocks(reply.blocks().isEmpty() ? null : reply.blocks())
                .build();
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
