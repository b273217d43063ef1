package com.nexus.chatops.demo;

import com.nexus.chatops.slack.Mrkdwn;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code nexus demo --script}: the responder's side of the incident, typed line by line into the console as a
 * person would, each reply printed under it. A reply that opens with a warning, failure, denial or
 * not-available mark is a failed step: the walkthrough says which and ends with exit code 1.
 */
public final class Walkthrough {
    private static final Pattern CONFIRM = Pattern.compile("confirm (\\S+?)`");
    /** Warning, failure, denial, not available: as the console prints them. */
    private static final List<String> ERROR_MARKS = Stream.of(":warning:", ":x:", ":no_entry:", ":construction:")
            .map(Mrkdwn::toPlain).toList();
    private static final Duration ROLLOUT = Duration.ofSeconds(60);

    /** One line typed into the console; returns what the console printed for it. */
    public interface Typist {
        String type(String line) throws Exception;
    }

    private final Typist typist;
    private final Transcript transcript;
    private final PrintStream out;
    private final String who;
    private final Supplier<List<String>> pagerDutyWrites;

    /** @param pagerDutyWrites what reached PagerDuty's far end so far, one line each */
    public Walkthrough(Typist typist, Transcript transcript, PrintStream out, String who,
                       Supplier<List<String>> pagerDutyWrites) {
        this.typist = typist;
        this.transcript = transcript;
        this.out = out;
        this.who = who;
        this.pagerDutyWrites = pagerDutyWrites;
    }

    /** @return 0 when every step was answered without an error, else 1 */
    public int play() throws Exception {
        if (step("Which runbook fits, and why? (the best one is already posted above)", "/nexus runbook").isEmpty()
                || step("What changed recently?", "/nexus history core-api").isEmpty()) {
            return 1;
        }
        Optional<String> preview = step("Roll core-api back to the previous revision", "/nexus rollback core-api");
        if (preview.isEmpty()) {
            return 1;
        }
        Matcher confirm = CONFIRM.matcher(preview.get());
        if (!confirm.find()) {
            return fail("the rollback asked for no confirmation");
        }
        int mark = transcript.mark();
        if (step("Confirm (the console's stand-in for the Confirm button)", "confirm " + confirm.group(1)).isEmpty()) {
            return 1;
        }
        if (!transcript.await(mark, t -> t.contains("Rollout complete") || t.contains("Rollout failed")
                || t.contains("Rollout stuck"), ROLLOUT) || !transcript.since(mark).contains("Rollout complete")) {
            return fail("the rollout did not complete within " + ROLLOUT.toSeconds() + " s");
        }
        if (step("Tell stakeholders", "/nexus update monitoring Rolled back core-api to the previous release;"
                + " the error rate is back under 1%.").isEmpty()
                || step("Resolve", "/nexus resolve Error rate back to normal after rolling back core-api 2.14.0.")
                .isEmpty()
                || step("Draft the postmortem from the timeline", "/nexus postmortem").isEmpty()) {
            return 1;
        }
        return pagerDutyHeard();
    }

    /** The Slack side's writes reach PagerDuty (retried until they land): the resolve among them. */
    private int pagerDutyHeard() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (pagerDutyWrites.get().stream().noneMatch(w -> w.startsWith("resolved "))) {
            if (System.nanoTime() > end) {
                return fail("PagerDuty never heard of the resolve");
            }
            Thread.sleep(100);
        }
        transcript.awaitQuiet(Duration.ofMillis(400), Duration.ofSeconds(10));
        out.println();
        out.println("── What reached PagerDuty");
        pagerDutyWrites.get().forEach(w -> out.println("   " + w));
        out.println();
        out.println("Walkthrough complete: every step above went through nexus's real code path.");
        return 0;
    }

    /** Types a line; empty when its reply was an error (already reported). */
    private Optional<String> step(String narration, String line) throws Exception {
        transcript.awaitQuiet(Duration.ofMillis(400), Duration.ofSeconds(10));
        out.println();
        out.println("── " + narration);
        out.println(who + " › " + line);
        String reply = typist.type(line);
        if (isError(reply)) {
            fail("`" + line + "` was answered with an error");
            return Optional.empty();
        }
        return Optional.of(reply);
    }

    static boolean isError(String reply) {
        String start = reply.strip();
        return ERROR_MARKS.stream().anyMatch(start::startsWith);
    }

    private int fail(String why) {
        out.println();
        out.println("Walkthrough stopped: " + why + ".");
        return 1;
    }
}
