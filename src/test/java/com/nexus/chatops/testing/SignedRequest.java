package com.nexus.chatops.testing;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request exactly as Slack would deliver it to {@code path}: raw body plus headers, signature included
 * (unless built unsigned). Immutable; send it over HTTP or hand it to Bolt's parser in-process.
 */
public record SignedRequest(String path, String contentType, String body, Map<String, String> headers) {

    public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Slack-Signature";

    public SignedRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** Header value by case-insensitive name, or null. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    public String timestamp() {
        return header(TIMESTAMP_HEADER);
    }

    public String signature() {
        return header(SIGNATURE_HEADER);
    }

    /** The decoded form fields; empty for JSON bodies. */
    public Map<String, String> formParams() {
        return contentType.startsWith("application/x-www-form-urlencoded")
                ? FormEncoding.decode(body) : Map.of();
    }

    /** The interaction JSON: the decoded {@code payload} form field, or the body itself when it is JSON. */
    public String payloadJson() {
        String payload = formParams().get("payload");
        return payload != null ? payload : body;
    }

    /** POSTs to {@code base} + path and reports status, body and elapsed time. */
    public HttpPoster.Result send(URI base) {
        return HttpPoster.post(base, this);
    }

    /** The same request in the shape Bolt's {@code SlackRequestParser} and {@code App.run} expect. */
    public SlackRequestParser.HttpRequest toBoltHttpRequest() {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        headers.forEach((k, v) -> multi.put(k, List.of(v)));
        multi.put("Content-Type", List.of(contentType));
        return SlackRequestParser.HttpRequest.builder()
                .requestUri(path)
                .queryString(Map.of())
                .requestBody(body)
                .headers(new RequestHeaders(multi))
                .remoteAddress("127.0.0.1")
                .build();
    }
}
