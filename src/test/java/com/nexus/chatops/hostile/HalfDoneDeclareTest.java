package com.nexus.chatops.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.Nexus;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.lifecycle.SetupRecovery;
import com.nexus.chatops.ingress.console.Console;
import com.nexus.chatops.ingress.console.ConsoleSlack;
import com.nexus.chatops.testing.FakeChannel;
import com.nexus.chatops.testing.FakeMessage;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SlackDefaults;
import com.nexus.chatops.testing.SlackRequests;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Declarations that stop half-way: `nexus serve` killed (SIGKILL) while Slack creates the channel, then started
 * again on the same store; and declarations Slack or the store refuse. Each ends finished or reported, once,
 * and never as an open incident without a channel.
 */
class HalfDoneDeclareTest {
    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final String DM = "D" + SlackDefaults.USER_ID.substring(1);
    @TempDir
    Path dir;

    /** What Slack does while nexus dies, and after it is back. */
    record Kill(String name, Consumer<FakeSlack> duringKill, Consumer<FakeSlack> afterRestart, boolean channelExpected,
                String toldDeclarer) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kill> kills() {
        return Stream.of(
                new Kill("killed while Slack creates the channel; Slack then creates it",
                        s -> { }, s -> { }, true, "it is finished now"),
                new Kill("killed while Slack refuses the channel; Slack keeps refusing after the restart",
                        s -> s.errorNext("conversations.create", "restricted_action", 1),
                        s -> s.errorNext("conversations.create", "restricted_action", 100), false,
                        "could not finish it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kills")
    void shouldFinishOrReportADeclarationKilledMidwayExactlyOnce(Kill kill) throws Exception {
        try (FakeSlack slack = FakeSlack.start().addChannel("C0STATUS", "nexus-status")) {
            String db = "jdbc:sqlite:" + dir.resolve("nexus.db");
            slack.injectLatency("conversations.create", Duration.ofSeconds(4));
            kill.duringKill().accept(slack);
            try (ServeProcess first = ServeProcess.start(dir, slack, db, Map.of(), "first")) {
                SlackRequests requests = new SlackRequests(RunningNexus.SIGNING_SECRET);
                assertThat(requests.slashCommand("declare sev2 Checkout is down")
                        .responseUrl(slack.responseUrl("declare")).send(first.base()).status()).isEqualTo(200);
                Thread.sleep(1500); // the create call is on its way to Slack, which answers in 4 s
                first.kill();
            }
            slack.injectLatency("conversations.create", Duration.ZERO);
            await().atMost(Duration.ofSeconds(10)).until(() -> kill.channelExpected() == slack.channelByName(todays(1))
                    .isPresent());
            assertThat(slack.messages("C0STATUS")).as("nothing announced before the kill").isEmpty();
            kill.afterRestart().accept(slack);

            try (ServeProcess second = ServeProcess.start(dir, slack, db, Map.of(), "second")) {
                await().atMost(SETTLE).until(() -> !slack.messages(DM).isEmpty());
                Thread.sleep(SetupSweep.AGAIN.toMillis()); // further sweeps change nothing
                List<FakeMessage> told = slack.messages(DM);
                assertThat(told).as("the declarer is told once").hasSize(1);
                assertThat(told.get(0).text()).contains(kill.toldDeclarer()).contains("Checkout is down");
                List<FakeChannel> channels = slack.channels().stream()
                        .filter(c -> c.name().startsWith("incident-")).toList();
                if (kill.channelExpected()) {
                    assertThat(channels).hasSize(1);
                    String id = channels.get(0).id();
                    assertThat(slack.pins(id)).as("the card, pinned once").hasSize(1);
                    assertThat(slack.messages("C0STATUS")).as("announced once").hasSize(1);
                } else {
                    assertThat(channels).isEmpty();
                    assertThat(second.logText()).contains("could not be finished");
                }
            }
        }
    }

    @Test
    void shouldLeaveNoOpenIncidentWhenSlackRefusesTheChannel() throws Exception {
        try (FakeSlack slack = FakeSlack.start().addChannel("C0STATUS", "nexus-status");
             RunningNexus nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("refused.db"))) {
            slack.errorNext("conversations.create", "restricted_action");
            nexus.requests().slashCommand("declare sev2 Checkout is down").responseUrl(slack.responseUrl("r"))
                    .send(nexus.baseUri());
            String reply = slack.awaitResponseUrlPost("r", Duration.ofSeconds(30)).text();
            assertThat(reply).contains("restricted_action").contains("Nothing was created");
            assertThat(nexus.nexus().incidents().open()).isEmpty();
        }
    }

    @Test
    void shouldLeaveNoHalfMadeIncidentWhenTheStoreRefusesTheNewChannel() throws Exception {
        String db = "jdbc:sqlite:" + dir.resolve("console.db");
        for (int session = 1; session <= 2; session++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            try (Nexus nexus = Nexus.open(ConfigLoader.load(RunningNexus.exampleConfig()), db, new ConsoleSlack(print))) {
                new Console(nexus.dispatcher(), "operator").run(new BufferedReader(new StringReader(
                        "/nexus declare sev3 Session " + session + " outage\n")), print, false);
                List<Incident> open = nexus.incidents().open();
                assertThat(open).as("session %d: %s", session, out.toString(StandardCharsets.UTF_8))
                        .allSatisfy(i -> assertThat(i.channelId()).as(i.channelName()).isNotNull());
                assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Something went wrong");
            }
        }
    }

    private static String todays(int seq) {
        return "incident-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneOffset.UTC))
                + "-" + String.format("%03d", seq);
    }

    /** How long to keep watching after the first notice: past the next sweep, which would tell the declarer again. */
    private static final class SetupSweep {
        static final Duration AGAIN = SetupRecovery.EVERY.plusSeconds(3);
    }
}
