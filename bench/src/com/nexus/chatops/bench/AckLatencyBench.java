package com.nexus.chatops.bench;

import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SignedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ack latency of `/nexus help` under 64 concurrent signed slash commands against the real server (Jetty, Bolt,
 * inbox dedupe on SQLite) and the fake Slack. Slack's limit is 3 s; the work (help reply via response_url)
 * happens after the ack and is checked to arrive for every command.
 *
 * Usage: bench/run AckLatencyBench [rounds=10] [concurrency=64]
 */
public final class AckLatencyBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        Path dir = Files.createTempDirectory("nexus-bench");
        try (FakeSlack slack = FakeSlack.start();
             RunningNexus nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("bench.db"))) {
            ExecutorService clients = Executors.newFixedThreadPool(concurrency);
            round(nexus, slack, clients, concurrency, "warmup"); // JIT, pools, first auth.test
            List<Long> micros = new ArrayList<>();
            long started = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                micros.addAll(round(nexus, slack, clients, concurrency, "r" + r));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int expected = (rounds + 1) * concurrency;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (slack.allResponseUrlPosts().size() < expected && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            clients.shutdown();
            Collections.sort(micros);
            long non200 = micros.stream().filter(m -> m < 0).count();
            System.out.printf("ack latency, %d rounds x %d concurrent signed /nexus help (%d samples, %.1f s)%n",
                    rounds, concurrency, micros.size(), seconds);
            System.out.printf("  p50 %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms%n",
                    pct(micros, 50), pct(micros, 90), pct(micros, 99), micros.get(micros.size() - 1) / 1000.0);
            System.out.printf("  non-200 acks: %d   replies delivered via response_url: %d of %d%n",
                    non200, slack.allResponseUrlPosts().size(), expected);
        }
    }

    private static List<Long> round(RunningNexus nexus, FakeSlack slack, ExecutorService clients, int n, String tag)
            throws Exception {
        List<SignedRequest> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            requests.add(nexus.requests().slashCommand("help").responseUrl(slack.responseUrl(tag + "-" + i)).build());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        for (SignedRequest request : requests) {
            results.add(clients.submit(() -> {
                start.await();
                var result = request.send(nexus.baseUri());
                long us = result.elapsed().toNanos() / 1000;
                return result.status() == 200 ? us : -us;
            }));
        }
        start.countDown();
        List<Long> out = new ArrayList<>();
        for (Future<Long> f : results) {
            out.add(f.get());
        }
        return out;
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return Math.abs(sorted.get(Math.max(0, i))) / 1000.0;
    }
}
