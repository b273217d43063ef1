package com.nexus.chatops.ingress.pagerduty;

import com.nexus.chatops.pagerduty.PagerDutyEvents;
import com.nexus.chatops.store.Inbox;
import jakarta.servlet.http.HttpServlet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The webhook endpoint and its processing queue, started together and stopped together. */
public final class PagerDutyWebhooks implements AutoCloseable {
    public static final String PATH = "/webhooks/pagerduty";
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyWebhooks.class);

    private final WebhookProcessor processor;
    private final PagerDutyWebhookServlet servlet;

    private PagerDutyWebhooks(WebhookProcessor processor, PagerDutyWebhookServlet servlet) {
        this.processor = processor;
        this.servlet = servlet;
    }

    /** Replays events stored but unfinished by an earlier run, then is ready to be mounted at {@link #PATH}. */
    public static PagerDutyWebhooks start(Optional<String> secret, Inbox inbox, PagerDutyEvents events) {
        if (secret.isEmpty()) {
            LOG.warn("PagerDuty webhooks refused: PAGERDUTY_WEBHOOK_SECRET is not set, so {} answers 401 to every "
                    + "delivery (set it to the subscription's signing secret)", PATH);
        }
        WebhookProcessor processor = new WebhookProcessor(inbox, events);
        processor.replayUnprocessed();
        return new PagerDutyWebhooks(processor,
                new PagerDutyWebhookServlet(secret.map(WebhookSignature::new).orElse(null), inbox, processor));
    }

    public HttpServlet servlet() {
        return servlet;
    }

    /** Lets queued events finish briefly; whatever is left stays in the inbox for the next start. */
    @Override
    public void close() throws InterruptedException {
        processor.close();
    }
}
