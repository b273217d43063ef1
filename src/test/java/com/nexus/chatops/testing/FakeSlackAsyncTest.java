package com.nexus.chatops.testing;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.metrics.MemoryMetricsDatastore;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents how Bolt's async client reacts to the fake's 429s; the report explains the findings. */
class FakeSlackAsyncTest {

    @AutoClose
    private final FakeSlack fake = FakeSlack.start().rateLimits(false);

    @Test
    void shouldRetryAForced429AndPostExactlyOnceWhenUsingTheAsyncClient() throws Exception {
        SlackConfig cfg = new SlackConfig();
        cfg.setMethodsEndpointUrlPrefix(fake.methodsUrlPrefix());
        cfg.setStatsEnabled(false);
        cfg.getMethodsConfig().setExecutorName("async-retry-" + fake.baseUri().getPort());
        fake.rateLimitNext("chat.postMessage", 1, 1);

        try (Slack slack = Slack.getInstance(cfg)) {
            AsyncMethodsClient async = slack.methodsAsync(SlackDefaults.BOT_TOKEN);
            var response = async.chatPostMessage(r -> r.channel(SlackDefaults.CHANNEL_ID).text("retried"))
                    .get(10, TimeUnit.SECONDS);

            assertThat(response.isOk()).isTrue();
        }
        List<Call> posts = fake.calls("chat.postMessage");
        assertThat(posts).extracting(Call::httpStatus).containsExactly(429, 200);
        assertThat(posts).filteredOn(Call::ok).hasSize(1);
        assertThat(fake.messages(SlackDefaults.CHANNEL_ID)).extracting(FakeMessage::text).containsExactly("retried");
    }

    @Test
    void shouldWaitRetryAfterBeforeRetryingWhenStatsAreRecorded() throws Exception {
        SlackConfig cfg = fake.slackConfig();
        cfg.setStatsEnabled(true);
        cfg.getMethodsConfig().setMetricsDatastore(new MemoryMetricsDatastore(1, true));
        fake.rateLimitNext("users.info", 1, 1);

        try (Slack slack = Slack.getInstance(cfg)) {
            var response = slack.methodsAsync(SlackDefaults.BOT_TOKEN)
                    .usersInfo(r -> r.user(SlackDefaults.USER_ID)).get(10, TimeUnit.SECONDS);

            assertThat(response.isOk()).isTrue();
        }
        List<Call> calls = fake.calls("users.info");
        assertThat(calls).extracting(Call::httpStatus).containsExactly(429, 200);
        assertThat(Duration.between(calls.get(0).time(), calls.get(1).time())).isGreaterThan(Duration.ofMillis(900));
    }
}
