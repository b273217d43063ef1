package com.nexus.chatops.bench.side;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * The work path under load (issue 12, point 6): {@code commands} signed commands sent at an even pace over
 * {@code over} seconds (open loop: the next one goes out on time whatever the last ack did), response_url
 * answering in {@code answerMs}; every accepted command must be answered within Slack's 30-minute window (we
 * wait at most 10 minutes) and none refused.
 */
final class WorkPath {
    private static final Duration ANSWER_WAIT = Duration.ofMinutes(10);
    private final Options options;
    private final FakeSlackApi slack;
    private final Path scratch;
    private final Probe probe = new Probe();

    WorkPath(Options options, FakeSlackApi slack, Path scratch) {
        this.options = options;
        this.slack = slack;
        this.scratch = scratch;
    }

    void run() throws Exception {
        Contender nexus = Contender.nexus(options.repo(), options.jvmFlags(), slack);
        SignedCommands commands = new SignedCommands(slack, "work");
        Contender.Started app = nexus.start(Files.createTempDirectory(scratch, "work"), scratch.resolve("work.log"));
        try {
            probe.untilOk(app, "/readyz", Duration.ofSeconds(120));
            slack.reset();
            int n = options.commands();
            long gap = Duration.ofSeconds(options.overSeconds()).toNanos() / n;
            List<String> ids = new ArrayList<>();
            List<CompletableFuture<Probe.Ack>> acks = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                LockSupport.parkNanos(start + i * gap - System.nanoTime());
                SignedCommands.Signed c = commands.next();
                ids.add(c.id());
                acks.add(probe.send(app.port(), c).exceptionally(e -> new Probe.Ack(-1, "", 0, 0)));
            }
            long lastSent = System.nanoTime();
            List<Probe.Ack> results = acks.stream().map(CompletableFuture::join).toList();
            long accepted = results.stream().filter(a -> a.status() == 200 && !a.busy()).count();
            long busy = results.stream().filter(Probe.Ack::busy).count();
            long failed = results.stream().filter(a -> a.status() != 200).count();
            long inAck = results.stream().filter(Probe.Ack::answered).count();
            long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
            while (slack.answered() + inAck < accepted && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            report(n, start, lastSent, ids, results, accepted, busy, failed);
        } finally {
            app.stop();
        }
    }

    private void report(int n, long start, long lastSent, List<String> ids, List<Probe.Ack> results, long accepted,
                        long busy, long failed) {
        double[] ackMs = results.stream().filter(a -> a.status() > 0).mapToDouble(Probe.Ack::millis).sorted()
                .toArray();
        List<Double> answerMs = new ArrayList<>();
        long lastAnswer = start;
        for (int i = 0; i < ids.size(); i++) {
            Long at = results.get(i).answered() ? Long.valueOf(results.get(i).ackedAt()) : slack.answeredAt(ids.get(i));
            if (at != null) {
                answerMs.add((at - results.get(i).sentAt()) / 1e6);
                lastAnswer = Math.max(lastAnswer, at);
            }
        }
        double[] answered = answerMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double span = (lastAnswer - start) / 1e9;
        System.out.printf("Work path: %d signed /nexus status|help over %d s, response_url answering in %d ms,"
                + " Java flags %s%n%n", n, options.overSeconds(), options.answerMs(), options.jvmOptionsName());
        System.out.println("| | nexus |\n|---|---|");
        System.out.printf("| sent (req/s offered) | %d (%.0f/s) |%n", n, n / ((lastSent - start) / 1e9));
        System.out.printf("| acked \"received\" / busy refusals / failed | %d / %d / %d |%n", accepted, busy, failed);
        System.out.printf("| ack p50 / p99 ms | %.1f / %.1f |%n", pct(ackMs, 50), pct(ackMs, 99));
        System.out.printf("| answered via response_url or in the ack | %d of %d accepted (%d in the ack) |%n",
                answered.length, accepted, results.stream().filter(Probe.Ack::answered).count());
        System.out.printf("| answered rate (answers ÷ first send → last answer) | %.1f/s over %.1f s |%n",
                answered.length / span, span);
        System.out.printf("| last answer after last send | %.1f s |%n", Math.max(0, (lastAnswer - lastSent) / 1e9));
        System.out.printf("| send → answer p50 / p99 / max ms | %.0f / %.0f / %.0f |%n", pct(answered, 50),
                pct(answered, 99), answered.length == 0 ? Double.NaN : answered[answered.length - 1]);
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
