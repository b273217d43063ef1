package com.nexus.chatops.bench.side;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * `/nexus status` and `/nexus help` slash commands as Slack signs them (v0 HMAC-SHA256 of "v0:ts:body"), each
 * with its own trigger_id (nexus's dedupe key) and its own response_url on the fake, alternating the two texts.
 */
final class SignedCommands {
    static final String SIGNING_SECRET = "bench-fake-signing-secret";
    static final String BOT_TOKEN = "xoxb-bench-fake-token";
    private static final String[] TEXTS = {"status", "help"};

    private final FakeSlackApi slack;
    private final AtomicLong next = new AtomicLong();
    private final String run;

    SignedCommands(FakeSlackApi slack, String run) {
        this.slack = slack;
        this.run = run;
    }

    record Signed(String id, String timestamp, String signature, String body) {}

    /** The next distinct command, signed now. */
    Signed next() {
        long n = next.getAndIncrement();
        String id = run + "-" + n;
        String body = body(id, TEXTS[(int) (n % TEXTS.length)]);
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        return new Signed(id, ts, sign(ts, body), body);
    }

    /**
     * Writes {@code count} commands for wrk, one a line: timestamp, signature, body, tab-separated (a form body
     * has no tabs or newlines). wrk reads the file in init(): a Lua chunk with that many literals fails to load.
     */
    Path writeFile(Path dir, int count) throws IOException {
        Path file = Files.createTempFile(dir, "commands-", ".tsv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < count; i++) {
                Signed s = next();
                out.write(s.timestamp());
                out.write('\t');
                out.write(s.signature());
                out.write('\t');
                out.write(s.body());
                out.write('\n');
            }
        }
        return file;
    }

    private String body(String id, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "bench-fake-verification-token");
        form.put("team_id", "T0BENCH");
        form.put("team_domain", "bench");
        form.put("channel_id", "C0BENCH");
        form.put("channel_name", "bench");
        form.put("user_id", "U0BENCHUSER");
        form.put("user_name", "bench.user");
        form.put("command", "/nexus");
        form.put("text", text);
        form.put("api_app_id", "A0BENCH");
        form.put("is_enterprise_install", "false");
        form.put("response_url", slack.responseUrl(id));
        form.put("trigger_id", id + ".trigger");
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    static String sign(String timestamp, String body) {
        byte[] digest = MAC.get().doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(digest);
    }
}
