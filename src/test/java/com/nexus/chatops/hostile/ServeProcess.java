package com.nexus.chatops.hostile;

import static org.awaitility.Awaitility.await;

import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.RunningNexus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * `nexus serve` in a child JVM logging at info into a file, as an operator runs it: the log can be measured
 * while it runs, and the process can be killed outright (SIGKILL) and started again on the same store.
 */
final class ServeProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final URI base;

    private ServeProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts serve against {@code slack} with the store {@code dbUrl}; returns once /healthz answers. */
    static ServeProcess start(Path dir, FakeSlack slack, String dbUrl, Map<String, String> extraEnv, String name) {
        int port = freePort();
        Path log = dir.resolve(name + ".log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", System.getProperty("java.class.path"), "com.nexus.chatops.Main", "serve", "--host", "127.0.0.1"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().retainAll(List.of("PATH", "HOME", "JAVA_HOME", "LANG"));
        Map<String, String> vars = new HashMap<>(Map.of(
                "SLACK_BOT_TOKEN", RunningNexus.BOT_TOKEN, "SLACK_SIGNING_SECRET", RunningNexus.SIGNING_SECRET,
                "SLACK_API_URL", slack.methodsUrlPrefix(), "NEXUS_PORT", Integer.toString(port),
                "NEXUS_DB_URL", dbUrl, "NEXUS_CONFIG", RunningNexus.exampleConfig().toString()));
        vars.putAll(extraEnv);
        env.putAll(vars);
        try {
            ServeProcess serve = new ServeProcess(pb.start(), log, URI.create("http://127.0.0.1:" + port));
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> !serve.process.isAlive() || serve.status("/healthz") == 200);
            if (!serve.process.isAlive()) {
                throw new AssertionError("nexus serve exited at start:\n" + serve.logText());
            }
            return serve;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return base;
    }

    long logSize() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** SIGKILL: no shutdown hook, no drain, as a crashed node or an OOM kill. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
