package com.nexus.chatops.bench;

import com.nexus.chatops.testing.Call;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.RunningNexus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Declare-to-card-pinned time with the fake Slack answering every Web API call after a fixed latency, reported
 * as a ratio to that latency: the channel must be created, then the card posted, then pinned (the pin needs the
 * card's ts), while invites, topic, bookmarks and the announcement go in parallel with the post — so the floor is
 * 3 round trips; strictly sequential setup would be 8 or more.
 *
 * Declares are spaced {@code gapMs} apart (default 4 s): Bolt's async client paces each Tier-2 method (create,
 * topic, pin, bookmark: 20 a minute) to one call every 3 s, so back-to-back declares would measure that pacing,
 * which is Slack's rule and not nexus's latency.
 *
 * Usage: bench/run DeclareBench [declares=10] [latencyMs=100] [gapMs=4000]
 */
public final class DeclareBench {
    public static void main(String[] args) throws Exception {
        int declares = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long latencyMs = args.length > 1 ? Long.parseLong(args[1]) : 100;
        long gapMs = args.length > 2 ? Long.parseLong(args[2]) : 4000;
        Path dir = Files.createTempDirectory("nexus-bench");
        try (FakeSlack slack = FakeSlack.start().rateLimits(false).addChannel("C0STATUS", "nexus-status");
             RunningNexus nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("bench.db"))) {
            slack.injectLatency(Duration.ofMillis(latencyMs));
            List<Long> millis = new ArrayList<>();
            List<Integer> setupCalls = new ArrayList<>();
            for (int i = 0; i < declares; i++) {
                slack.clearCalls();
                Instant sent = Instant.now();
                int status = nexus.requests().slashCommand("declare sev2 Bench incident " + i)
                        .responseUrl(slack.responseUrl("declare-" + i)).send(nexus.baseUri()).status();
                if (status != 200) {
                    throw new IllegalStateException("declare " + i + " answered " + status);
                }
                Call pin = slack.awaitCall("pins.add", Duration.ofSeconds(30));
                // a call is recorded when the fake answers it, so this is when the card became pinned
                Instant pinned = pin.time().plusMillis(latencyMs);
                millis.add(Duration.between(sent, pinned).toMillis());
                Thread.sleep(gapMs); // let the round finish and Bolt's per-method pacing window pass
                setupCalls.add((int) slack.calls().stream().filter(c -> !c.method().equals("auth.test")).count());
            }
            Collections.sort(millis);
            double p50 = millis.get(millis.size() / 2);
            System.out.printf("declare → card pinned, %d declares, fake Slack latency %d ms per call%n", declares,
                    latencyMs);
            System.out.printf("  p50 %.0f ms (%.2f × latency)   min %d ms (%.2f ×)   max %d ms (%.2f ×)%n", p50,
                    p50 / latencyMs, millis.get(0), millis.get(0) / (double) latencyMs,
                    millis.get(millis.size() - 1), millis.get(millis.size() - 1) / (double) latencyMs);
            System.out.printf("  Web API calls per declare: %s (a sequential setup would take that many × latency)%n",
                    setupCalls);
        }
    }
}
