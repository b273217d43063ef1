package com.nexus.chatops.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.util.UUID;

/** One configured Slack SDK instance per process: the Web API base URL (a proxy or a fake) and timeouts. */
public final class SlackWeb {
    private SlackWeb() {}

    public static Slack create(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        // Stats stay on: with them off, the async client's rate limiter ignores Retry-After on a 429.
        config.setHttpClientCallTimeoutMillis(15_000);
        // Bolt paces calls per executor name; a name per instance keeps two instances in one JVM (tests, a
        // server restarted in-process) from sharing one queue and its stale team lookup.
        config.getMethodsConfig().setExecutorName("nexus-" + UUID.randomUUID());
        return Slack.getInstance(config);
    }
}
