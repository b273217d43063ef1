package com.nexus.chatops.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One shared mapper so every fixture writes JSON the same way. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON", e);
        }
    }

    /** Parses JSON; null when the text is not JSON, so callers can answer with a Slack error instead. */
    static JsonNode parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static JsonNode parse(String text) {
        JsonNode node = parseOrNull(text);
        if (node == null) {
            throw new IllegalArgumentException("not JSON: " + text);
        }
        return node;
    }

    /** Every text of a Block Kit tree as a reader sees it, in order (a text object's "text", or the string). */
    static java.util.List<String> texts(JsonNode blocks) {
        return blocks.findValues("text").stream().map(t -> t.isTextual() ? t.asText() : t.path("text").asText(""))
                .toList();
    }
}
