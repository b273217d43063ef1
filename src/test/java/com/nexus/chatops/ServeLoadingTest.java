package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.RecordingClassLoader;
import com.sun.net.httpserver.HttpServer;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar carries the demo's sandbox (fabric8's mock API server with Vert.x, Netty and Bouncy Castle); `serve`
 * must not pay for it. Checked in a class loader of its own that records every class it is asked for, since this
 * JVM has loaded all of them long ago.
 */
class ServeLoadingTest {
    private static final List<String> DEMO_ONLY = List.of("com.nexus.chatops.demo.", "io.fabric8.mockwebserver.",
            "io.fabric8.kubernetes.client.server.mock.", "io.vertx.", "io.netty.", "org.bouncycastle.");

    @TempDir
    Path dir;

    @Test
    void shouldLoadNothingOfTheDemoSandboxWhenServeStartsAndStops() throws Exception {
        HttpServer slack = fakeSlackAnsweringOk();
        try (RecordingClassLoader loader = new RecordingClassLoader()) {
            Class<?> envClass = loader.loadClass("com.nexus.chatops.config.Env");
            Object env = envClass.getMethod("from", Map.class).invoke(null, Map.of(
                    "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "secret", "NEXUS_PORT", "0",
                    "SLACK_API_URL", "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/",
                    "NEXUS_DB_URL", "jdbc:sqlite:" + dir.resolve("nexus.db")));
            Class<?> configClass = loader.loadClass("com.nexus.chatops.config.NexusConfig");
            Object config = configClass.getMethod("defaults").invoke(null);
            Class<?> server = loader.loadClass("com.nexus.chatops.Server");
            Object running = server.getMethod("start", envClass, configClass, String.class)
                    .invoke(null, env, config, "127.0.0.1");
            server.getMethod("close").invoke(running);
            Method help = loader.loadClass("com.nexus.chatops.Main").getDeclaredMethod("run", String[].class);
            help.setAccessible(true);
            help.invoke(null, (Object) new String[] {"serve", "--help"});

            assertThat(loader.requested()).contains("com.nexus.chatops.Server", "com.nexus.chatops.DemoCommand")
                    .noneMatch(name -> DEMO_ONLY.stream().anyMatch(name::startsWith));
        } finally {
            slack.stop(0);
        }
    }

    /** Bolt checks the bot token with auth.test while serve starts; every other call is answered ok too. */
    private static HttpServer fakeSlackAnsweringOk() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = ("{\"ok\":true,\"url\":\"https://nexus.slack.com/\",\"team\":\"nexus\",\"user\":\"nexus\","
                    + "\"team_id\":\"T0000001\",\"user_id\":\"U0000001\",\"bot_id\":\"B0000001\"}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        return server;
    }
}
