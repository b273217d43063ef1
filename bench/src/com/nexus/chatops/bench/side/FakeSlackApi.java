package com.nexus.chatops.bench.side;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Slack Web API and response_url as the contenders see them, on loopback and JDK-only (so it costs the
 * machine little next to the contenders): auth.test answers for the bench bot, every other method says ok, and
 * each response_url post is answered after {@code answerLatency} (real Slack takes ~100 ms) and counted once per
 * command, so "answered" means Slack would have shown the reply.
 */
final class FakeSlackApi implements AutoCloseable {
    static final String AUTH_TEST = "{\"ok\":true,\"url\":\"https://bench-fake.slack.com/\",\"team\":\"bench\","
            + "\"user\":\"nexus\",\"team_id\":\"T0BENCH\",\"user_id\":\"U0BENCHBOT\",\"bot_id\":\"B0BENCHBOT\","
            + "\"is_enterprise_install\":false}";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-slack");
        t.setDaemon(true);
        return t;
    });
    private final Duration answerLatency;
    private final Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> apiCalls = new ConcurrentHashMap<>();

    private FakeSlackApi(HttpServer server, Duration answerLatency) {
        this.server = server;
        this.answerLatency = answerLatency;
    }

    static FakeSlackApi start(Duration answerLatency) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        FakeSlackApi fake = new FakeSlackApi(server, answerLatency);
        server.createContext("/api/", fake::api);
        server.createContext("/response/", fake::responseUrl);
        server.setExecutor(fake.threads);
        server.start();
        return fake;
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Forgets what earlier contenders were answered and called; ids are unique per run anyway. */
    void reset() {
        answeredAt.clear();
        apiCalls.clear();
    }

    /** Commands answered through response_url (each counted once, however often it was posted). */
    long answered() {
        return answeredAt.size();
    }

    /** When the answer to command {@code id} arrived (System.nanoTime), or null. */
    Long answeredAt(String id) {
        return answeredAt.get(id);
    }

    /** Web API calls of {@code method} since the last reset: auth.test shows whether an app caches its token check. */
    long apiCalls(String method) {
        AtomicLong n = apiCalls.get(method);
        return n == null ? 0 : n.get();
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        apiCalls.computeIfAbsent(method, m -> new AtomicLong()).incrementAndGet();
        drain(exchange.getRequestBody());
        reply(exchange, "auth.test".equals(method) ? AUTH_TEST : "{\"ok\":true}", "application/json");
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/response/".length());
        drain(exchange.getRequestBody());
        sleep(answerLatency);
        answeredAt.putIfAbsent(id, System.nanoTime());
        reply(exchange, "ok", "text/plain");
    }

    private static void reply(HttpExchange exchange, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
