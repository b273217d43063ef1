package com.nexus.chatops.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PagerDuty's far end on loopback: the REST API v2 calls nexus makes (service, on-call, users, incident status,
 * notes) and the Events API v2 enqueue, answered from {@link PagerDutyState}. Every write is kept, so the
 * walkthrough can show what reached PagerDuty.
 */
public final class PagerDutyFake implements AutoCloseable {
    private static final Pattern INCIDENT = Pattern.compile("/incidents/([A-Za-z0-9]+)(/notes)?");
    private static final Pattern SERVICE = Pattern.compile("/services/([A-Za-z0-9]+)");
    private final HttpServer server;
    private final PagerDutyState state;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> writes = new CopyOnWriteArrayList<>();

    private PagerDutyFake(HttpServer server, PagerDutyState state) {
        this.server = server;
        this.state = state;
    }

    public static PagerDutyFake start(PagerDutyState state) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        PagerDutyFake fake = new PagerDutyFake(server, state);
        server.createContext("/", fake::handle);
        server.start();
        return fake;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What nexus wrote to PagerDuty, one line each ("resolved PDEMO7Q", "note on PDEMO7Q: …"). */
    public List<String> writes() {
        return List.copyOf(writes);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            JsonNode body = method.equals("GET") ? json.nullNode()
                    : json.readTree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Matcher incident = INCIDENT.matcher(path);
            Matcher service = SERVICE.matcher(path);
            if (method.equals("POST") && path.equals("/v2/enqueue")) {
                writes.add(body.path("event_action").asText() + " alert " + body.path("dedup_key").asText());
                answer(ex, 202, state.enqueued(body.path("dedup_key").asText()));
            } else if (method.equals("GET") && service.matches()) {
                answer(ex, 200, state.service(service.group(1)));
            } else if (method.equals("GET") && path.equals("/oncalls")) {
                answer(ex, 200, state.onCalls());
            } else if (method.equals("GET") && path.equals("/users")) {
                answer(ex, 200, state.users());
            } else if (incident.matches() && incident.group(2) != null && method.equals("POST")) {
                String content = body.path("note").path("content").asText();
                writes.add("note on " + incident.group(1) + ": " + content);
                answer(ex, 201, state.note(content));
            } else if (incident.matches() && method.equals("PUT")) {
                String status = body.path("incident").path("status").asText();
                writes.add(status + " " + incident.group(1));
                answer(ex, 200, state.setStatus(incident.group(1), status));
            } else if (incident.matches() && method.equals("GET")) {
                answer(ex, 200, state.incident(incident.group(1)));
            } else {
                answer(ex, 404, "{\"error\":{\"message\":\"Not Found\",\"code\":2100}}");
            }
        }
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
