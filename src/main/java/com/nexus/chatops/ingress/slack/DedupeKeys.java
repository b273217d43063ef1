package com.nexus.chatops.ingress.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * What makes a Slack delivery "the same one again": Slack's retries repeat the event_id, and a retried or
 * double-delivered interaction repeats its trigger_id (a modal's submissions share the view id).
 */
final class DedupeKeys {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Key(String source, String key) {}

    private DedupeKeys() {}

    static Optional<Key> of(Request<?> req) {
        if (req instanceof SlashCommandRequest r) {
            return key("slack.command", r.getPayload().getTriggerId());
        }
        if (req instanceof BlockActionRequest r) {
            return key("slack.action", r.getPayload().getTriggerId());
        }
        if (req instanceof ViewSubmissionRequest r) {
            return key("slack.view", r.getPayload().getView() == null ? null : r.getPayload().getView().getId());
        }
        if (req instanceof MessageShortcutRequest r) {
            return key("slack.shortcut", r.getPayload().getTriggerId());
        }
        if (req instanceof GlobalShortcutRequest r) {
            return key("slack.shortcut", r.getPayload().getTriggerId());
        }
        if (req instanceof EventRequest r) {
            return key("slack.event", eventId(r.getRequestBodyAsString()));
        }
        return Optional.empty();
    }

    private static Optional<Key> key(String source, String key) {
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(new Key(source, key));
    }

    private static String eventId(String body) {
        try {
            JsonNode id = JSON.readTree(body).path("event_id");
            return id.isTextual() ? id.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
