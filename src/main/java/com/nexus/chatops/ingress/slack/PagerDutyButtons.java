package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.incident.pagerduty.PagerDutyActions;
import com.nexus.chatops.incident.view.IncidentCard;
import com.nexus.chatops.slack.Failures;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card's Acknowledge button: acked at once, the acknowledgement (Slack, then the linked PagerDuty incident as
 * the clicking user) runs on the work queue, and the outcome reaches the user as an ephemeral message.
 */
final class PagerDutyButtons {
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyButtons.class);

    private final PagerDutyActions actions;
    private final SlackGateway slack;
    private final WorkQueue work;

    PagerDutyButtons(PagerDutyActions actions, SlackGateway slack, WorkQueue work) {
        this.actions = actions;
        this.slack = slack;
        this.work = work;
    }

    void register(App app) {
        app.blockAction(IncidentCard.ACK, this::onAcknowledge);
    }

    private Response onAcknowledge(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        if (Payloads.user(p).isEmpty()) {
            return ctx.ack();
        }
        String user = Payloads.user(p).get();
        String value = Payloads.value(p).orElse(null);
        String channel = p.getChannel() == null ? null : p.getChannel().getId();
        String channelName = p.getChannel() == null ? null : p.getChannel().getName();
        work.offer(() -> {
            Reply answer = Failures.of("the acknowledgement",
                    () -> actions.acknowledge(value, user, channel, channelName));
            if (channel != null) {
                // someone outside the channel (the card was shared) still hears back, by direct message
                slack.postEphemeral(channel, user, answer)
                        .exceptionallyCompose(e -> slack.post(user, answer).thenApply(ts -> null))
                        .whenComplete((ok, err) -> {
                            if (err != null) {
                                LOG.warn("could not tell {} the acknowledgement's outcome: {}", user, err.toString());
                            }
                        });
            }
        });
        return ctx.ack();
    }
}
