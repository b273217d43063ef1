package com.nexus.chatops.testing;

import com.nexus.chatops.Nexus;
import com.nexus.chatops.Server;
import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ServiceReads;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.Env;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The real `nexus serve` in this JVM — Jetty, Bolt, the store and the dispatcher — pointed at a {@link FakeSlack},
 * on a free port, with nexus.example.yml as its configuration.
 */
public final class RunningNexus implements AutoCloseable {
    public static final String SIGNING_SECRET = "test-signing-secret";
    public static final String BOT_TOKEN = "xoxb-test-token";

    private final Server server;
    private final SlackRequests requests;

    private RunningNexus(Server server) {
        this.server = server;
        this.requests = new SlackRequests(SIGNING_SECRET);
    }

    /** @param dbUrl a store the test owns (a SQLite file in a temp dir), so restarts can reuse it */
    public static RunningNexus start(FakeSlack slack, String dbUrl) {
        return start(slack, dbUrl, Map.of());
    }

    public static RunningNexus start(FakeSlack slack, String dbUrl, Map<String, String> extraEnv) {
        return start(slack, dbUrl, extraEnv, ActionCatalog.none());
    }

    /** @param catalog the infrastructure guarded actions reach (a fake that counts, or a mock cluster) */
    public static RunningNexus start(FakeSlack slack, String dbUrl, Map<String, String> extraEnv,
                                     ActionCatalog catalog) {
        return start(slack, dbUrl, extraEnv, catalog, Clock.systemUTC());
    }

    /** @param clock nexus's clock (incidents are stamped with it): ahead of the cluster's, to age what it holds */
    public static RunningNexus start(FakeSlack slack, String dbUrl, Map<String, String> extraEnv,
                                     ActionCatalog catalog, Clock clock) {
        Map<String, String> vars = new HashMap<>(Map.of(
                "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_API_URL", slack.methodsUrlPrefix(),
                "NEXUS_PORT", "0",
                "NEXUS_DB_URL", dbUrl,
                "NEXUS_CONFIG", exampleConfig().toString()));
        vars.putAll(extraEnv);
        Env env = Env.from(vars);
        try {
            return new RunningNexus(Server.start(env, ConfigLoader.load(env.configPath()), "127.0.0.1", catalog,
                    ServiceReads.of(catalog), clock));
        } catch (Exception e) {
            throw new IllegalStateException("nexus did not start", e);
        }
    }

    public static Path exampleConfig() {
        return Path.of("nexus.example.yml").toAbsolutePath();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public SlackRequests requests() {
        return requests;
    }

    public Nexus nexus() {
        return server.nexus();
    }

    public HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseUri().resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
