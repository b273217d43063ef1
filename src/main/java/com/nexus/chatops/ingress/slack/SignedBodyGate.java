package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.ingress.http.BoundedBody;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.ssl_check.SSLCheckPayloadDetector;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What stands before Bolt on {@code /slack/events}: a body of at most {@link #MAX_BODY} bytes (413 above), a
 * timestamp within five minutes either way (Bolt only refuses old ones), and a signature compared in constant
 * time. Anything else is answered 401 and logged by length and reason only, so nothing a stranger sends reaches
 * Bolt's parser or the log. What passes goes on to Bolt: a slash command through {@link SlashCommandRoute} (Bolt's
 * app, without Bolt's request parser), everything else through Bolt's servlet.
 */
final class SignedBodyGate extends HttpServlet {
    /** Slack's own payloads are far below this. */
    static final int MAX_BODY = 1024 * 1024;
    static final long WINDOW_SECONDS = 5 * 60;
    private static final Logger LOG = LoggerFactory.getLogger(SignedBodyGate.class);
    private static final SSLCheckPayloadDetector SSL_CHECK = new SSLCheckPayloadDetector();
    private static final byte[] SSL_CHECK_FIELD = "ssl_check".getBytes(StandardCharsets.US_ASCII);

    private final transient HttpServlet bolt;
    private final transient SlashCommandRoute commands;
    private final transient SigningKey signatures;
    private final transient Clock clock;

    SignedBodyGate(SlackAppServlet bolt, String signingSecret, Clock clock) {
        this.bolt = bolt;
        this.commands = new SlashCommandRoute(bolt.getApp());
        this.signatures = new SigningKey(signingSecret);
        this.clock = clock;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        bolt.init(config);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        if (req.getContentLengthLong() > MAX_BODY) {
            refuse(resp, 413, "body larger than " + MAX_BODY / 1024 + " KB", req.getContentLengthLong());
            return;
        }
        byte[] bytes = BoundedBody.read(req.getInputStream(), MAX_BODY);
        if (bytes == null) {
            refuse(resp, 413, "body larger than " + MAX_BODY / 1024 + " KB", MAX_BODY + 1L);
            return;
        }
        String problem = isSslCheck(bytes) ? null
                : problem(req.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                req.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), bytes);
        if (problem != null) {
            refuse(resp, 401, problem, bytes.length);
            return;
        }
        EncodedResponse encoded = new EncodedResponse(resp);
        if (!commands.serve(req, new String(bytes, StandardCharsets.UTF_8), encoded)) {
            bolt.service(new BufferedRequest(req, bytes), encoded);
        }
        encoded.finish();
    }

    /** @return why the request is refused, or null when it is signed, fresh and not from the future */
    private String problem(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return "unsigned (no X-Slack-Request-Timestamp or X-Slack-Signature)";
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return "timestamp is not a number";
        }
        long now = clock.instant().getEpochSecond();
        if (ts < now - WINDOW_SECONDS) {
            return "timestamp more than 5 minutes old";
        }
        if (ts > now + WINDOW_SECONDS) {
            return "timestamp more than 5 minutes in the future";
        }
        return MessageDigest.isEqual(signatures.expected(timestamp, body), signature.getBytes(StandardCharsets.UTF_8))
                ? null : "signature does not match";
    }

    /** Slack's SSL check is a form post with ssl_check=1; only a body that mentions it is parsed for it. */
    private static boolean isSslCheck(byte[] body) {
        return indexOf(body, SSL_CHECK_FIELD) >= 0 && SSL_CHECK.isSSLCheckRequest(new String(body, StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void refuse(HttpServletResponse resp, int status, String reason, long length) throws IOException {
        LOG.info("Slack request refused ({} bytes): {}", length, reason);
        resp.setStatus(status);
        resp.setHeader("Connection", "close");
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(reason);
    }
}
