import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes nexus's class-data archive at build time: runs `serve` once with -XX:ArchiveClassesAtExit against a
 * loopback stand-in for the Slack Web API, waits for /readyz, sends a few signed slash commands and reads the
 * probes, then stops it with SIGTERM; the JVM writes the archive as it exits. Started by the `package` phase
 * (`java deploy/CdsTraining.java JAR ARCHIVE JVM_OPTIONS`); skip it with -Dnexus.cds.skip=true.
 *
 * The archive only fits the JDK build and the jar it was made with (path, size and time); with anything else
 * the JVM says so in one warning line and starts without it.
 */
public final class CdsTraining {
    private static final String SECRET = "cds-training-fake-signing-secret";
    private static final String AUTH_TEST = "{\"ok\":true,\"url\":\"https://training-fake.slack.com/\","
            + "\"team\":\"training\",\"user\":\"nexus\",\"team_id\":\"T0TRAIN\",\"user_id\":\"U0TRAINBOT\","
            + "\"bot_id\":\"B0TRAINBOT\"}";
    private static final List<String> COMMANDS = List.of("help", "status", "help declare", "stats", "rollback",
            "pods no-such-service", "update", "severity sev9", "timeline", "oncall");

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        Path jvmOptions = Path.of(args[2]).toAbsolutePath();
        Path work = jar.resolveSibling("cds-training");
        Files.createDirectories(work);
        Files.deleteIfExists(work.resolve("nexus.db"));
        Files.deleteIfExists(archive);
        AtomicInteger answers = new AtomicInteger();
        HttpServer slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        slack.createContext("/api/", ex -> reply(ex, ex.getRequestURI().getPath().endsWith("/auth.test")
                ? AUTH_TEST : "{\"ok\":true}"));
        slack.createContext("/response/", ex -> {
            answers.incrementAndGet();
            reply(ex, "ok");
        });
        slack.start();
        int port = freePort();
        String slackBase = "http://127.0.0.1:" + slack.getAddress().getPort();
        ProcessBuilder pb = new ProcessBuilder("java", "@" + jvmOptions, "-XX:ArchiveClassesAtExit=" + archive,
                "-jar", jar.toString(), "serve", "--host", "127.0.0.1")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile());
        pb.environment().put("SLACK_BOT_TOKEN", "xoxb-cds-training-fake");
        pb.environment().put("SLACK_SIGNING_SECRET", SECRET);
        pb.environment().put("SLACK_API_URL", slackBase + "/api/");
        pb.environment().put("NEXUS_PORT", Integer.toString(port));
        pb.environment().put("NEXUS_DB_URL", "jdbc:sqlite:./nexus.db");
        pb.environment().remove("SLACK_APP_TOKEN");
        Process nexus = pb.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitReady(http, base, nexus);
            for (int i = 0; i < COMMANDS.size(); i++) {
                if (post(http, base, COMMANDS.get(i), slackBase + "/response/" + i, "cds-training-" + i)) {
                    answers.incrementAndGet(); // answered in the ack itself
                }
            }
            get(http, base.resolve("/metrics"));
            get(http, base.resolve("/healthz"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (answers.get() < COMMANDS.size() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            nexus.destroy();
            if (!nexus.waitFor(120, TimeUnit.SECONDS)) {
                nexus.destroyForcibly();
            }
            slack.stop(0);
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("no class-data archive was written; see " + work.resolve("serve.log"));
        }
        System.out.printf("class-data archive %s: %d MB after %d of %d answers%n", archive,
                Files.size(archive) >> 20, answers.get(), COMMANDS.size());
    }

    private static void awaitReady(HttpClient http, URI base, Process nexus) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!nexus.isAlive()) {
                throw new IllegalStateException("nexus exited with " + nexus.exitValue() + " during training");
            }
            try {
                if (get(http, base.resolve("/readyz")) == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nexus was not ready within 3 minutes");
    }

    private static int get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** True when the ack itself carried the answer (quick commands); otherwise it comes to the response_url. */
    private static boolean post(HttpClient http, URI base, String text, String responseUrl, String trigger)
            throws Exception {
        String body = "team_id=T0TRAIN&team_domain=training&channel_id=C0TRAIN&channel_name=training"
                + "&user_id=U0TRAIN&user_name=training&command=%2Fnexus&text=" + URLEncoder.encode(text,
                StandardCharsets.UTF_8) + "&api_app_id=A0TRAIN&response_url="
                + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id=" + trigger;
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body)
                .getBytes(StandardCharsets.UTF_8)));
        return !http.send(HttpRequest.newBuilder(base.resolve("/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .body().isBlank();
    }

    private static void reply(HttpExchange exchange, String body) throws IOException {
        exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
