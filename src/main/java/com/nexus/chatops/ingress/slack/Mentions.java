package com.nexus.chatops.ingress.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Someone @-mentions nexus: point them at the slash command, in the thread, once per event. */
final class Mentions {
    private static final Logger LOG = LoggerFactory.getLogger(Mentions.class);
    static final String HINT = "Hi! I take commands through `/nexus` — try `/nexus help` to see them all.";

    void register(App app, WorkQueue work) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent ev = payload.getEvent();
            String thread = ev.getThreadTs() != null ? ev.getThreadTs() : ev.getTs();
            // The work waits for Slack's answer, so a graceful stop (which drains the queue) loses no reply.
            work.offer(() -> ctx.asyncClient()
                    .chatPostMessage(r -> r.channel(ev.getChannel()).threadTs(thread).text(HINT))
                    .whenComplete((resp, err) -> {
                        if (err != null || !resp.isOk()) {
                            LOG.warn("could not answer a mention in {}: {}", ev.getChannel(),
                                    err != null ? err.toString() : resp.getError());
                        }
                    })
                    .exceptionally(err -> null)
                    .join());
            return ctx.ack();
        });
    }
}
