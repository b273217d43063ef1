package com.nexus.chatops.testing;

import java.time.Instant;
import java.util.Map;

/**
 * One Web API call the fake received: the method, the parameters (form and JSON merged, JSON values as
 * strings), raw body, headers (lower-case names), when it arrived, and what the fake answered.
 */
public record Call(String method, Map<String, String> params, String rawBody, Map<String, String> headers,
                   Instant time, int httpStatus, String responseBody) {

    public Call {
        params = Map.copyOf(params);
        headers = Map.copyOf(headers);
    }

    public String param(String name) {
        return params.get(name);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase());
    }

    /** HTTP 200 and {@code "ok":true}: the call did what the client asked. */
    public boolean ok() {
        return httpStatus == 200 && responseBody.contains("\"ok\":true");
    }

    /** The Slack error name, or null when the call succeeded or failed at the HTTP level. */
    public String error() {
        var node = Json.parseOrNull(responseBody);
        return node == null || !node.has("error") ? null : node.get("error").asText();
    }
}
