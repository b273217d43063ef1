package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.incident.lifecycle.PinRecorder;
import com.nexus.chatops.incident.lifecycle.StatusBoard;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.PinAddedEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack events about incidents: a pinned or :pushpin:-ed message joins the timeline (the inbox already drops
 * redelivered events; the timeline key drops a second pin of the same message), and opening the App Home
 * publishes the incident lists.
 */
final class IncidentEvents {
    static final String PUSHPIN = "pushpin";
    private static final Logger LOG = LoggerFactory.getLogger(IncidentEvents.class);
    private final PinRecorder pins;
    private final StatusBoard status;
    private final SlackGateway slack;
    private final WorkQueue work;

    IncidentEvents(PinRecorder pins, StatusBoard status, SlackGateway slack, WorkQueue work) {
        this.pins = pins;
        this.status = status;
        this.slack = slack;
        this.work = work;
    }

    void register(App app) {
        app.event(PinAddedEvent.class, (payload, ctx) -> {
            PinAddedEvent ev = payload.getEvent();
            if (present(ev.getUser()) && present(ev.getChannelId()) && ev.getItem() != null
                    && ev.getItem().getMessage() != null) {
                String ts = ev.getItem().getMessage().getTs();
                String text = ev.getItem().getMessage().getText();
                work.offer(() -> pins.record(ev.getChannelId(), ts, ev.getUser(), text));
            }
            return ctx.ack();
        });
        app.event(ReactionAddedEvent.class, (payload, ctx) -> {
            ReactionAddedEvent ev = payload.getEvent();
            if (PUSHPIN.equals(ev.getReaction()) && present(ev.getUser()) && ev.getItem() != null
                    && "message".equals(ev.getItem().getType()) && present(ev.getItem().getChannel())) {
                work.offer(() -> pins.record(ev.getItem().getChannel(), ev.getItem().getTs(), ev.getUser(), null));
            }
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent ev = payload.getEvent();
            if (present(ev.getUser()) && (ev.getTab() == null || "home".equals(ev.getTab()))) {
                work.offer(() -> slack.publishHome(ev.getUser(), status.home(ev.getUser()))
                        .whenComplete((v, e) -> {
                            if (e != null) {
                                LOG.warn("could not publish the Home tab for {}: {}", ev.getUser(), e.toString());
                            }
                        }));
            }
            return ctx.ack();
        });
    }

    /** Events without an author or a channel are not about anything nexus can act on, and are ignored. */
    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
