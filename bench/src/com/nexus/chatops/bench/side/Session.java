package com.nexus.chatops.bench.side;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One contender, one round: start it, measure startup and RSS, warm up, load it at each concurrency, drain. */
final class Session {
    private final Options options;
    private final FakeSlackApi slack;
    private final Wrk wrk;
    private final Probe probe = new Probe();
    private final Path scratch;

    Session(Options options, FakeSlackApi slack, Path scratch) {
        this.options = options;
        this.slack = slack;
        this.wrk = new Wrk(options.repo().resolve("bench/wrk/commands.lua"));
        this.scratch = scratch;
    }

    /**
     * What one round measured for one contender. readyz is NaN for apps without /readyz. answered can exceed
     * acked by the requests in flight when each wrk run stopped: the app acked those, wrk did not count them.
     */
    record Figures(double readyz, double firstAnswer, double rssStart, double rssLoad, double rssPeak,
                   Map<Integer, Wrk.Result> levels, long acked, long busy, long answered, boolean answers,
                   Restart restart) {
        Figures with(Restart measured) {
            return new Figures(readyz, firstAnswer, rssStart, rssLoad, rssPeak, levels, acked, busy, answered,
                    answers, measured);
        }
    }

    /** The same app started again in the same directory once the round is over: nexus finds its store migrated. */
    record Restart(double readyz, double firstAnswer) {}

    Figures run(Contender contender, int round) throws IOException, InterruptedException {
        slack.reset();
        String tag = contender.name().replaceAll("[^A-Za-z]", "").toLowerCase() + "-r" + round;
        Path dir = Files.createTempDirectory(scratch, tag);
        SignedCommands commands = new SignedCommands(slack, tag);
        Contender.Started app = contender.start(dir, scratch.resolve(tag + ".log"));
        Figures figures;
        try {
            double readyz = contender.hasReadyz()
                    ? probe.untilOk(app, "/readyz", Duration.ofSeconds(120)) : Double.NaN;
            double first = probe.untilFirstAnswer(app, commands, Duration.ofSeconds(120));
            Thread.sleep(1000);
            double rssStart = app.rssMb()[0];
            boolean answers = contender.hasReadyz(); // only nexus answers commands
            long acked = 1;
            long busy = 0;
            long inAck = probe.firstAnsweredInAck() ? 1 : 0;
            Wrk.Result warm = load(app, commands, 64, options.warmupSeconds());
            acked += warm.acked();
            busy += warm.busy();
            inAck += warm.inAck();
            Map<Integer, Wrk.Result> levels = new LinkedHashMap<>();
            for (int c : options.levels()) {
                if (answers) {
                    awaitAnswers(acked - inAck); // each level starts with no backlog left by the one before
                }
                Wrk.Result r = load(app, commands, c, options.seconds());
                levels.put(c, r);
                acked += r.acked();
                busy += r.busy();
                inAck += r.inAck();
                log("  %s c=%d: %.0f req/s p50 %.1f ms p99 %.1f ms busy %d non-200 %d%s", contender.name(), c,
                        r.perSecond(), r.p50Ms(), r.p99Ms(), r.busy(), r.non200(),
                        r.exhausted() ? " (ran out of signed commands: raise --rate)" : "");
            }
            long answered = answers ? awaitAnswers(acked - inAck) + inAck : 0;
            double[] rss = app.rssMb();
            log("  %s: auth.test called %d times", contender.name(), slack.apiCalls("auth.test"));
            // how long acks waited for their dedupe key's group commit (nexus only)
            probe.metrics(app, "nexus_inbox_commit_seconds").forEach(line -> log("  %s: %s", contender.name(), line));
            figures = new Figures(readyz, first, rssStart, rss[0], rss[1], levels, acked, busy, answered, answers,
                    null);
        } finally {
            app.stop();
        }
        return figures.with(restart(contender, dir, commands, tag));
    }

    /** Starts the app again in the round's directory and times its readiness and first answer. */
    private Restart restart(Contender contender, Path dir, SignedCommands commands, String tag)
            throws IOException, InterruptedException {
        Contender.Started again = contender.start(dir, scratch.resolve(tag + "-restart.log"));
        try {
            double readyz = contender.hasReadyz()
                    ? probe.untilOk(again, "/readyz", Duration.ofSeconds(120)) : Double.NaN;
            double first = probe.untilFirstAnswer(again, commands, Duration.ofSeconds(120));
            log("  %s restarted: %sfirst answer %.2f s", contender.name(),
                    Double.isNaN(readyz) ? "" : String.format("/readyz %.2f s, ", readyz), first);
            return new Restart(readyz, first);
        } finally {
            again.stop();
        }
    }

    private Wrk.Result load(Contender.Started app, SignedCommands commands, int connections, int seconds)
            throws IOException, InterruptedException {
        Path file = commands.writeFile(scratch, seconds * options.ratePerSecond());
        return wrk.run(app.port(), file, connections, seconds);
    }

    /** Waits for response_url answers until all acked commands are answered or 20 s pass without progress. */
    private long awaitAnswers(long expected) throws InterruptedException {
        long last = -1;
        long progressAt = System.nanoTime();
        while (slack.answered() < expected && System.nanoTime() - progressAt < Duration.ofSeconds(20).toNanos()) {
            if (slack.answered() != last) {
                last = slack.answered();
                progressAt = System.nanoTime();
            }
            Thread.sleep(100);
        }
        return slack.answered();
    }

    static void log(String format, Object... args) {
        System.err.printf(format + "%n", args);
    }
}
