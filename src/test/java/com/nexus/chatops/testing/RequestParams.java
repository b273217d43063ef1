package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** Merges query string, form fields and top-level JSON fields; non-text JSON values keep their JSON text. */
final class RequestParams {

    private RequestParams() {
    }

    static Map<String, String> parse(String contentType, String body, String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>(FormEncoding.decode(rawQuery));
        boolean json = (contentType != null && contentType.contains("json")) || body.stripLeading().startsWith("{");
        if (json) {
            JsonNode root = Json.parseOrNull(body);
            if (root != null && root.isObject()) {
                for (var entry : root.properties()) {
                    JsonNode value = entry.getValue();
                    params.put(entry.getKey(), value.isTextual() ? value.asText() : Json.write(value));
                }
            }
        } else {
            params.putAll(FormEncoding.decode(body));
        }
        return params;
    }
}
