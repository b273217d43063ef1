package com.nexus.chatops.ingress.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a slash command to Bolt's app as the request Bolt's servlet would have built (same payload, headers,
 * context and client address), read by {@link SlashCommandForm} instead of Bolt's parser. Bolt's middleware
 * (the inbox's dedupe among it) and its routing to the command's handler run as for any other request.
 */
final class SlashCommandRoute {
    private static final Logger LOG = LoggerFactory.getLogger(SlashCommandRoute.class);

    private final App app;

    SlashCommandRoute(App app) {
        this.app = app;
    }

    /** @return false when the body is not a slash command this route takes: the caller gives it to Bolt's servlet */
    boolean serve(HttpServletRequest req, String body, HttpServletResponse resp) throws IOException {
        SlashCommandPayload payload = req.getQueryString() == null ? SlashCommandForm.read(body) : null;
        if (payload == null) {
            return false;
        }
        SlashCommandRequest command = new SlashCommandRequest(body, payload,
                new RequestHeaders(ServletAdapterOps.toHeaderMap(req)));
        command.updateContext(app.config());
        String forwarded = command.getHeaders().getFirstValue("X-FORWARDED-FOR");
        command.setClientIpAddress(forwarded != null ? forwarded : req.getRemoteAddr());
        try {
            ServletAdapterOps.writeResponse(resp, app.run(command));
        } catch (Exception e) {
            // as Bolt's servlet answers a handler that threw
            LOG.error("Failed to handle a slash command: {}", e.toString(), e);
            ServletAdapterOps.writeResponse(resp, Response.builder().statusCode(500)
                    .contentType("application/json").body("{\"error\":\"Something is wrong\"}").build());
        }
        return true;
    }
}
