package com.nexus.chatops.bench.side;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * nexus, the ack-only Bolt-for-Java floor and the ack-only Bolt-for-JavaScript app on this machine in one run,
 * several rounds (the start order rotates each round), then one markdown table on stdout; progress goes to
 * stderr. `--mode work-path` runs {@link WorkPath} instead. Started by bench/side-by-side, which builds the apps.
 */
public final class SideBySide {
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path scratch = Files.createTempDirectory("nexus-side-by-side");
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        try (FakeSlackApi slack = FakeSlackApi.start(Duration.ofMillis(options.answerMs()))) {
            if (options.mode().equals("work-path")) {
                new WorkPath(options, slack, scratch).run();
                return;
            }
            List<Contender> contenders = contenders(options, slack);
            Session session = new Session(options, slack, scratch);
            Map<String, List<Session.Figures>> figures = new LinkedHashMap<>();
            for (int round = 0; round < options.rounds(); round++) {
                for (int i = 0; i < contenders.size(); i++) {
                    Contender c = contenders.get((i + round) % contenders.size());
                    Session.log("round %d/%d: %s", round + 1, options.rounds(), c.name());
                    figures.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(session.run(c, round));
                }
            }
            String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
            System.out.printf("Side by side, %s UTC: %d rounds, %d s per concurrency after a %d s warm-up at 64;"
                            + " alternating signed /nexus status and /nexus help; response_url answers in %d ms;"
                            + " Java apps on %s; nexus %s; %d cores; load average before %s, after %s%n%n",
                    Instant.now().toString().substring(0, 16), options.rounds(), options.seconds(),
                    options.warmupSeconds(), options.answerMs(), options.jvmOptionsName(),
                    Files.isRegularFile(options.repo().resolve("target/nexus.jsa"))
                            ? "with its class-data archive" : "without a class-data archive",
                    Runtime.getRuntime().availableProcessors(), firstThree(loadBefore), firstThree(loadAfter));
            System.out.print(new Table(figures).render(options.levels()));
            System.err.println("logs and scratch files: " + scratch);
        }
    }

    static List<Contender> contenders(Options options, FakeSlackApi slack) {
        List<Contender> all = new ArrayList<>();
        for (String app : options.apps()) {
            switch (app) {
                case "nexus" -> all.add(Contender.nexus(options.repo(), options.jvmFlags(), slack));
                case "floor" -> all.add(Contender.floor(options.repo(), options.jvmFlags(), slack));
                case "js" -> all.add(Contender.boltJs(options.repo().resolve("target/bench-js"), slack));
                default -> throw new IllegalArgumentException("unknown app " + app + " (nexus, floor, js)");
            }
        }
        return all;
    }

    private static String firstThree(String loadavg) {
        String[] parts = loadavg.split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }
}
