package com.nexus.chatops.ingress.pagerduty;

import com.nexus.chatops.ingress.http.BoundedBody;
import com.nexus.chatops.pagerduty.MalformedWebhookException;
import com.nexus.chatops.pagerduty.WebhookEvent;
import com.nexus.chatops.store.Inbox;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/pagerduty}. Only a signed, well-formed delivery is stored, once per event.id; the answer
 * comes right after the insert (PagerDuty waits 5 s at most). PagerDuty drops 4xx deliveries and retries the
 * rest, so 4xx is kept for input that will never become acceptable, and a store failure answers 503.
 */
final class PagerDutyWebhookServlet extends HttpServlet {
    static final int MAX_BODY = 256 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyWebhookServlet.class);

    private final transient WebhookSignature signature;
    private final transient Inbox inbox;
    private final transient WebhookProcessor processor;

    /** @param signature null when no secret is configured: every delivery is refused */
    PagerDutyWebhookServlet(WebhookSignature signature, Inbox inbox, WebhookProcessor processor) {
        this.signature = signature;
        this.inbox = inbox;
        this.processor = processor;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (signature == null) {
            answer(resp, 401, "PagerDuty webhooks are off: PAGERDUTY_WEBHOOK_SECRET is not set");
            return;
        }
        byte[] body = BoundedBody.read(req.getInputStream(), MAX_BODY);
        if (body == null) {
            answer(resp, 413, "body larger than " + MAX_BODY / 1024 + " KB");
            return;
        }
        if (!signature.matches(body, req.getHeader("X-PagerDuty-Signature"))) {
            LOG.info("PagerDuty webhook refused: missing or wrong X-PagerDuty-Signature");
            answer(resp, 401, "signature does not match");
            return;
        }
        String json = new String(body, StandardCharsets.UTF_8);
        WebhookEvent event;
        try {
            event = WebhookEvent.parse(json);
        } catch (MalformedWebhookException e) {
            LOG.info("PagerDuty webhook refused: {}", e.getMessage());
            answer(resp, 400, e.getMessage());
            return;
        }
        boolean first;
        try {
            first = inbox.firstSeen(WebhookProcessor.SOURCE, event.id(), json);
        } catch (RuntimeException e) {
            LOG.warn("PagerDuty event {} not stored; PagerDuty will retry it", event.id(), e);
            answer(resp, 503, "store unavailable, retry later");
            return;
        }
        if (first) {
            processor.submit(event);
        }
        answer(resp, first ? 202 : 200, first ? "accepted" : "already received");
    }

    private static void answer(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(text);
    }
}
