package com.nexus.chatops.testing;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** The two non-API URLs the fake hands out: response_url targets and file upload URLs. */
final class SideEndpoints {

    static final String RESPONSE_PREFIX = "/response/";
    static final String UPLOAD_PREFIX = "/upload/";
    /** Slack allows five posts to one response_url. */
    static final int RESPONSE_URL_MAX_POSTS = 5;

    private final FakeState state;
    private final CallLog<ResponseUrlPost> responsePosts;

    SideEndpoints(FakeState state, CallLog<ResponseUrlPost> responsePosts) {
        this.state = state;
        this.responsePosts = responsePosts;
    }

    void responseUrl(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring(RESPONSE_PREFIX.length());
        String body = new String(Exchanges.body(exchange), StandardCharsets.UTF_8);
        boolean accepted;
        boolean inAck = exchange.getRequestHeaders().containsKey(HttpPoster.SHOWN_FROM_ACK);
        synchronized (responsePosts) {
            long used = responsePosts.matching(p -> p.id().equals(id) && p.accepted() && !p.inAck()).size();
            accepted = used < RESPONSE_URL_MAX_POSTS;
            responsePosts.add(new ResponseUrlPost(id, body, Instant.now(), accepted, inAck));
        }
        if (accepted) {
            Exchanges.send(exchange, 200, "text/plain", "ok", Map.of());
        } else {
            Exchanges.send(exchange, 404, "text/plain", "used_url", Map.of());
        }
    }

    void upload(HttpExchange exchange) throws IOException {
        String fileId = exchange.getRequestURI().getPath().substring(UPLOAD_PREFIX.length());
        byte[] bytes = Exchanges.body(exchange);
        boolean known;
        synchronized (state) {
            var file = state.file(fileId);
            known = file.isPresent();
            file.ifPresent(f -> state.putFile(f.withContent(bytes)));
        }
        if (known) {
            Exchanges.send(exchange, 200, "text/plain", "OK - " + bytes.length, Map.of());
        } else {
            Exchanges.send(exchange, 404, "text/plain", "file_not_found", Map.of());
        }
    }
}
