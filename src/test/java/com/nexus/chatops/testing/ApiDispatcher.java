package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Serves {@code /api/<method>}: latency, then queued faults, unknown method, token check, rate limit, and
 * finally the method itself under the state lock. Every call is recorded before the answer is sent, so a
 * client that has its response can already see its call.
 */
final class ApiDispatcher implements HttpHandler {

    private record Reply(int status, String body, Map<String, String> headers) {
        static Reply json(int status, String body) {
            return new Reply(status, body, Map.of());
        }
    }

    private final FakeState state;
    private final Map<String, SlackMethod> methods;
    private final RateLimiter rateLimiter;
    private final Faults faults;
    private final CallLog<Call> calls;
    private final String expectedToken;

    ApiDispatcher(FakeState state, Map<String, SlackMethod> methods, RateLimiter rateLimiter, Faults faults,
                  CallLog<Call> calls, String expectedToken) {
        this.state = state;
        this.methods = methods;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.calls = calls;
        this.expectedToken = expectedToken;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant arrived = Instant.now();
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(Exchanges.body(exchange), StandardCharsets.UTF_8);
        Map<String, String> headers = Exchanges.headers(exchange);
        Map<String, String> params = RequestParams.parse(headers.get("content-type"), body,
                exchange.getRequestURI().getRawQuery());
        sleep(faults.latencyFor(method));
        faults.awaitNotHanging();
        Reply reply;
        try {
            reply = answer(method, params, headers);
        } catch (RuntimeException e) {
            System.err.println("FakeSlack: " + method + " failed inside the fake: " + e);
            reply = Reply.json(500, "{\"ok\":false,\"error\":\"fake_internal_error\"}");
        }
        calls.add(new Call(method, params, body, headers, arrived, reply.status(), reply.body()));
        Exchanges.send(exchange, reply.status(), "application/json; charset=utf-8", reply.body(), reply.headers());
    }

    private Reply answer(String method, Map<String, String> params, Map<String, String> headers) {
        Faults.Fault fault = faults.poll(method);
        if (fault instanceof Faults.HttpFailure f) {
            return Reply.json(f.status(), "{\"ok\":false,\"error\":\"fatal_error\"}");
        }
        if (fault instanceof Faults.ForcedRateLimit f) {
            return rateLimited(f.retryAfterSeconds());
        }
        if (fault instanceof Faults.ForcedError f) {
            return Reply.json(200, error(f.error()));
        }
        SlackMethod handler = methods.get(method);
        if (handler == null) {
            return Reply.json(200, error("unknown_method"));
        }
        String token = token(params, headers);
        if (token == null) {
            return Reply.json(200, error("not_authed"));
        }
        boolean appLevel = method.equals("apps.connections.open") && token.startsWith("xapp-");
        if (!appLevel && !token.equals(expectedToken)) {
            return Reply.json(200, error("invalid_auth"));
        }
        int retryAfter = rateLimiter.acquire(method, params.get("channel"));
        if (retryAfter > 0) {
            return rateLimited(retryAfter);
        }
        try {
            ObjectNode result;
            synchronized (state) {
                result = handler.call(new Params(params));
            }
            ObjectNode out = Json.object().put("ok", true);
            out.setAll(result);
            return Reply.json(200, Json.write(out));
        } catch (SlackError e) {
            return Reply.json(200, error(e.error()));
        }
    }

    private static Reply rateLimited(int retryAfterSeconds) {
        return new Reply(429, error("ratelimited"), Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    private static String error(String error) {
        return Json.write(Json.object().put("ok", false).put("error", error));
    }

    private static String token(Map<String, String> params, Map<String, String> headers) {
        String auth = headers.get("authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            return auth.substring("Bearer ".length()).trim();
        }
        String token = params.get("token");
        return token == null || token.isEmpty() ? null : token;
    }

    private static void sleep(Duration latency) {
        if (latency.isZero() || latency.isNegative()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
