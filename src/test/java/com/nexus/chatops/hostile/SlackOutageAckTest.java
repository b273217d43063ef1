package com.nexus.chatops.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.HttpPoster;
import com.nexus.chatops.testing.RunningNexus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack's Web API down (hanging, or HTTP 500 on every method) from the first request on: acks never wait on it,
 * and what could not be posted goes out once Slack answers again.
 */
class SlackOutageAckTest {
    private static final Duration ACK_LIMIT = Duration.ofSeconds(3);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private FakeSlack slack;
    private RunningNexus nexus;

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"));
    }

    @AfterEach
    void stop() throws Exception {
        slack.recover();
        nexus.close();
        slack.close();
    }

    @Test
    void shouldAckASlashCommandAndAMentionAtOnceAndPostTheMentionReplyOnceSlackStopsHanging() {
        slack.hangEveryMethod();

        HttpPoster.Result command = nexus.requests().slashCommand("help").responseUrl(slack.responseUrl("hang"))
                .send(nexus.baseUri());
        HttpPoster.Result mention = mention("Ev-HANG-1").send(nexus.baseUri());

        assertThat(command.status()).isEqualTo(200);
        assertThat(command.elapsed()).isLessThan(ACK_LIMIT);
        assertThat(mention.status()).isEqualTo(200);
        assertThat(mention.elapsed()).isLessThan(ACK_LIMIT);
        assertThat(slack.awaitResponseUrlPost("hang", WAIT).text()).contains("/nexus declare");
        assertThat(slack.calls("chat.postMessage")).isEmpty();

        slack.recover();

        assertThat(slack.awaitCall("chat.postMessage", WAIT).param("thread_ts")).isEqualTo("1700000000.000300");
    }

    @Test
    void shouldAckASlashCommandWithItsAnswerWhileEveryWebApiMethodAnswers500() {
        slack.failEveryMethod(500);

        HttpPoster.Result command = nexus.requests().slashCommand("help").responseUrl(slack.responseUrl("down"))
                .send(nexus.baseUri());

        assertThat(command.status()).isEqualTo(200);
        assertThat(command.elapsed()).isLessThan(ACK_LIMIT);
        assertThat(slack.awaitResponseUrlPost("down", WAIT).text()).contains("/nexus declare");
        assertThat(slack.calls("auth.test")).allSatisfy(call -> assertThat(call.httpStatus()).isEqualTo(200));
    }

    private com.nexus.chatops.testing.EventBuilder mention(String eventId) {
        return nexus.requests().event("app_mention").eventId(eventId).channel("C0GENERAL").user("U0ALICE")
                .field("text", "<@UBOT> help?").field("ts", "1700000000.000300");
    }
}
