package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import java.util.List;

/**
 * Someone @-mentions nexus: point them at the slash command, in the thread, once per event. A bot's message is
 * never answered (two bots would answer each other forever), nor a mention with no channel or author.
 */
final class Mentions {
    static final String HINT = "Hi! I take commands through `/nexus` — try `/nexus help` to see them all.";

    private final SlackGateway slack;

    Mentions(SlackGateway slack) {
        this.slack = slack;
    }

    void register(App app, WorkQueue work) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent ev = payload.getEvent();
            if (!answerable(ev)) {
                return ctx.ack();
            }
            String thread = ev.getThreadTs() != null ? ev.getThreadTs() : ev.getTs();
            // The work waits for Slack's answer, so a graceful stop (which drains the queue) loses no reply.
            work.offer(() -> SlackCalls.problem(slack.postInThread(ev.getChannel(), thread,
                    Reply.inChannel(HINT, List.of())), "answer a mention in " + ev.getChannel()));
            return ctx.ack();
        });
    }

    /** A person's mention in a channel: not a bot's, not one without an author, channel or message ts. */
    static boolean answerable(AppMentionEvent ev) {
        return ev != null && present(ev.getUser()) && present(ev.getChannel()) && present(ev.getTs())
                && ev.getBotId() == null && ev.getBotProfile() == null && !"bot_message".equals(ev.getSubtype());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
