package com.nexus.chatops.bench;

import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.HttpPoster;
import com.nexus.chatops.testing.RunningNexus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 1,000 signed PagerDuty webhook deliveries against the real server and the fake Slack: 50 distinct high-urgency
 * incidents, each on its own PagerDuty service (so storm coalescing does not merge them and 50 is the right
 * count), plus 950 re-deliveries (PagerDuty retries: same event id) and repeats (new event ids for an incident
 * already declared), shuffled, 8 at a time. Reports response p50/p99, incidents created and Slack 429s.
 *
 * Usage: bench/run WebhookBench [deliveries=1000] [incidents=50] [concurrency=8]
 */
public final class WebhookBench {
    private static final String SECRET = "bench-webhook-secret";

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int distinct = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path dir = Files.createTempDirectory("nexus-webhook-bench");
        try (FakeSlack slack = FakeSlack.start().addChannel("C0STATUS", "nexus-status");
             RunningNexus nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("bench.db"),
                     Map.of("PAGERDUTY_WEBHOOK_SECRET", SECRET))) {
            List<String> bodies = deliveries(total, distinct);
            ExecutorService clients = Executors.newFixedThreadPool(concurrency);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<long[]>> results = new ArrayList<>();
            for (String body : bodies) {
                String signature = sign(body);
                results.add(clients.submit(() -> {
                    start.await();
                    HttpPoster.Result r = HttpPoster.post(nexus.baseUri().resolve("/webhooks/pagerduty"),
                            "application/json", body, Map.of("X-PagerDuty-Signature", signature));
                    return new long[] {r.elapsed().toNanos() / 1000, r.status()};
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            List<Long> micros = new ArrayList<>();
            int accepted = 0;
            int duplicates = 0;
            int other = 0;
            for (Future<long[]> f : results) {
                long[] r = f.get();
                micros.add(r[0]);
                if (r[1] == 202) {
                    accepted++;
                } else if (r[1] == 200) {
                    duplicates++;
                } else {
                    other++;
                }
            }
            double postSeconds = (System.nanoTime() - began) / 1e9;
            clients.shutdown();
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (unprocessed(nexus) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            double allSeconds = (System.nanoTime() - began) / 1e9;
            Collections.sort(micros);
            long incidents = nexus.nexus().database().jdbc().queryFirst("SELECT COUNT(*) AS n FROM incidents",
                    r -> r.getLong("n")).orElse(0L);
            long channels = slack.channels().stream().filter(c -> c.name().startsWith("incident-")).count();
            long slack429 = slack.calls().stream().filter(c -> c.httpStatus() == 429).count();
            System.out.printf("PagerDuty webhooks: %d signed deliveries (%d distinct incidents), %d concurrent%n",
                    total, distinct, concurrency);
            System.out.printf("  response p50 %.1f ms   p99 %.1f ms   max %.1f ms   (all answered in %.1f s)%n",
                    pct(micros, 50), pct(micros, 99), micros.get(micros.size() - 1) / 1000.0, postSeconds);
            System.out.printf("  202 accepted: %d   200 already received: %d   other: %d%n", accepted, duplicates,
                    other);
            System.out.printf("  incidents created: %d   incident channels: %d   (all processed after %.1f s,"
                    + " unprocessed left: %d)%n", incidents, channels, allSeconds, unprocessed(nexus));
            System.out.printf("  Slack HTTP 429s received: %d of %d Slack calls%n", slack429, slack.calls().size());
        }
    }

    /** Originals first in a shuffled mix: exact re-deliveries and new event ids for known incidents. */
    private static List<String> deliveries(int total, int distinct) {
        Random random = new Random(42);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            all.add(triggered("ev-" + i, i));
        }
        for (int n = distinct; n < total; n++) {
            int i = random.nextInt(distinct);
            all.add(random.nextInt(3) < 2 ? triggered("ev-" + i, i) : triggered("ev-" + i + "-again-" + n, i));
        }
        Collections.shuffle(all, random);
        return all;
    }

    private static String triggered(String eventId, int incident) {
        String pd = String.format("PBENCH%03d", incident);
        String service = String.format("PSVC%03d", incident);
        return ("{\"event\":{\"id\":\"%s\",\"event_type\":\"incident.triggered\",\"resource_type\":\"incident\","
                + "\"occurred_at\":\"2026-01-05T10:00:00.000Z\",\"agent\":null,\"data\":{\"id\":\"%s\","
                + "\"type\":\"incident\",\"number\":%d,\"status\":\"triggered\",\"title\":\"Bench alert %d\","
                + "\"urgency\":\"high\",\"priority\":null,\"service\":{\"id\":\"%s\",\"type\":\"service_reference\","
                + "\"summary\":\"Bench service %d\"}}}}").formatted(eventId, pd, incident + 1, incident, service,
                incident);
    }

    private static long unprocessed(RunningNexus nexus) {
        return nexus.nexus().database().jdbc().queryFirst("SELECT COUNT(*) AS n FROM inbox WHERE source = ?"
                + " AND processed_at IS NULL", r -> r.getLong("n"), "pagerduty").orElse(0L);
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1000.0;
    }
}
