package com.nexus.chatops.ingress.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.util.json.GsonFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a command's answer to its response_url without holding a thread while Slack takes its time (about
 * 100 ms): the body is the SDK's own JSON for a {@link SlashCommandResponse}, as Bolt's responder sends it.
 */
final class ResponseUrls {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseUrls.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Gson JSON = GsonFactory.createSnakeCase();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    /** Completes when Slack answered (or the post failed, which is logged under the correlation id). */
    CompletableFuture<Void> post(String responseUrl, SlashCommandResponse body, String correlationId) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(responseUrl)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(body))).build();
        } catch (IllegalArgumentException e) {
            LOG.warn("[{}] the command came with an unusable response_url; the reply was not sent", correlationId);
            return CompletableFuture.completedFuture(null);
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                LOG.warn("[{}] could not deliver the reply through response_url: {}", correlationId,
                        failure.toString());
            } else if (response.statusCode() != 200) {
                LOG.warn("[{}] response_url answered {}", correlationId, response.statusCode());
            }
            return null;
        });
    }
}
