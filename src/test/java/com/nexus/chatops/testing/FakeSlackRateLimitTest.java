package com.nexus.chatops.testing;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FakeSlackRateLimitTest {

    @AutoClose
    private final FakeSlack fake = FakeSlack.start().addUser("U0ALICE", "alice", "alice@example.com");
    private final MethodsClient client = fake.methods();

    @Test
    void shouldSurfaceForced429AsSlackApiExceptionWithRetryAfterWhenSyncClientCalls() {
        fake.rateLimitNext("conversations.invite", 1, 7);

        SlackApiException e = catchThrowableOfType(SlackApiException.class, () ->
                client.conversationsInvite(r -> r.channel(SlackDefaults.CHANNEL_ID).users(List.of("U0ALICE"))));

        assertThat(e.getResponse().code()).isEqualTo(429);
        assertThat(e.getResponse().header("Retry-After")).isEqualTo("7");
        assertThat(e.getError().getError()).isEqualTo("ratelimited");
        assertThat(fake.members(SlackDefaults.CHANNEL_ID)).doesNotContain("U0ALICE");
    }

    @Test
    void shouldAllowTwentyConversationCreatesPerMinuteWhenTier2IsExhausted() throws Exception {
        for (int i = 0; i < RateLimiter.TIER_2; i++) {
            int n = i;
            assertThat(client.conversationsCreate(r -> r.name("inc-" + n)).isOk()).isTrue();
        }

        SlackApiException limited = catchThrowableOfType(SlackApiException.class,
                () -> client.conversationsCreate(r -> r.name("inc-over")));

        assertThat(limited.getResponse().code()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.getResponse().header("Retry-After"))).isBetween(1, 60);
        assertThat(fake.channelByName("inc-over")).isEmpty();
    }

    @Test
    void shouldRecoverAfterAScaledMinuteWhenTimeScaleShrinksTheWindow() throws Exception {
        fake.withTimeScale(0.02).rateLimit("users.info", 2);
        client.usersInfo(r -> r.user("U0ALICE"));
        client.usersInfo(r -> r.user("U0ALICE"));

        SlackApiException limited = catchThrowableOfType(SlackApiException.class,
                () -> client.usersInfo(r -> r.user("U0ALICE")));
        Thread.sleep(1300);

        assertThat(Integer.parseInt(limited.getResponse().header("Retry-After"))).as("seconds of a 1.2 s window")
                .isBetween(1, 2);
        assertThat(client.usersInfo(r -> r.user("U0ALICE")).isOk()).isTrue();
    }

    @Test
    void shouldLimitPostMessagePerChannelAfterABurstWhenPostingFast() throws Exception {
        fake.addChannel("C0OTHER", "other").postMessageBurst(3);
        for (int i = 0; i < 3; i++) {
            client.chatPostMessage(r -> r.channel(SlackDefaults.CHANNEL_ID).text("burst"));
        }

        SlackApiException limited = catchThrowableOfType(SlackApiException.class,
                () -> client.chatPostMessage(r -> r.channel(SlackDefaults.CHANNEL_ID).text("one too many")));

        assertThat(limited.getResponse().code()).isEqualTo(429);
        assertThat(client.chatPostMessage(r -> r.channel("C0OTHER").text("elsewhere")).isOk()).isTrue();
        assertThat(fake.messages(SlackDefaults.CHANNEL_ID)).hasSize(3);
    }

    @Test
    void shouldNotLimitWhenRateLimitsAreDisabled() throws Exception {
        fake.rateLimits(false);

        for (int i = 0; i < RateLimiter.TIER_2 + 5; i++) {
            int n = i;
            assertThat(client.conversationsCreate(r -> r.name("free-" + n)).isOk()).isTrue();
        }

        assertThat(fake.calls("conversations.create")).allMatch(Call::ok).hasSize(RateLimiter.TIER_2 + 5);
    }

    @Test
    void shouldFailWithHttpStatusThenRecoverWhenFailNextIsUsed() throws Exception {
        fake.failNext("users.info", 1, 503);

        SlackApiException failed = catchThrowableOfType(SlackApiException.class,
                () -> client.usersInfo(r -> r.user("U0ALICE")));

        assertThat(failed.getResponse().code()).isEqualTo(503);
        assertThat(client.usersInfo(r -> r.user("U0ALICE")).isOk()).isTrue();
        assertThat(fake.calls("users.info")).extracting(Call::httpStatus).containsExactly(503, 200);
    }

    @Test
    void shouldAnswerForcedSlackErrorOnceWhenErrorNextIsUsed() throws Exception {
        fake.errorNext("chat.postMessage", "channel_not_found");

        var first = client.chatPostMessage(r -> r.channel(SlackDefaults.CHANNEL_ID).text("a"));
        var second = client.chatPostMessage(r -> r.channel(SlackDefaults.CHANNEL_ID).text("b"));

        assertThat(first.getError()).isEqualTo("channel_not_found");
        assertThat(second.isOk()).isTrue();
        assertThat(fake.messages(SlackDefaults.CHANNEL_ID)).extracting(FakeMessage::text).containsExactly("b");
    }

    @Test
    void shouldDelayOnlyTheSlowMethodWhenLatencyIsInjectedPerMethod() throws Exception {
        fake.injectLatency("users.info", java.time.Duration.ofMillis(300));

        long slowStart = System.nanoTime();
        client.usersInfo(r -> r.user("U0ALICE"));
        long slowMillis = (System.nanoTime() - slowStart) / 1_000_000;
        long fastStart = System.nanoTime();
        client.authTest(r -> r);
        long fastMillis = (System.nanoTime() - fastStart) / 1_000_000;

        assertThat(slowMillis).isGreaterThanOrEqualTo(300);
        assertThat(fastMillis).isLessThan(300);
    }
}
