package com.nexus.chatops.ingress.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The probes over real HTTP: a failing readiness check says what is wrong, and a throwing one still answers. */
class HttpServerTest {

    private static HttpResponse<String> get(HttpServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswerReadyOrSayWhyNotWhenTheReadinessCheckChanges() throws Exception {
        AtomicBoolean store = new AtomicBoolean(true);
        try (HttpServer server = HttpServer.builder().route("/healthz", HealthServlet.alive())
                .route("/readyz", new HealthServlet(() -> new HealthServlet.Check(store.get(),
                        store.get() ? "store reachable" : "store unreachable")))
                .start("127.0.0.1", 0)) {
            HttpResponse<String> ready = get(server, "/readyz");
            store.set(false);
            HttpResponse<String> notReady = get(server, "/readyz");

            assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).startsWith("ok: store reachable");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).startsWith("not ready: store unreachable");
        }
    }

    @Test
    void shouldAnswerNotReadyWithoutAStackTraceWhenTheCheckItselfFails() throws Exception {
        try (HttpServer server = HttpServer.builder().route("/readyz", new HealthServlet(() -> {
            throw new IllegalStateException("pool closed at line 42");
        })).start("127.0.0.1", 0)) {
            HttpResponse<String> response = get(server, "/readyz");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).startsWith("not ready: check failed: IllegalStateException")
                    .doesNotContain("line 42");
        }
    }
}
