package com.nexus.chatops;

import com.nexus.chatops.slack.SlackCheck;
import com.nexus.chatops.slack.SlackWeb;
import com.slack.api.Slack;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * Building the Slack client and asking Slack whom the bot token belongs to (auth.test), on a thread of its own:
 * a fifth of startup on the main thread (the SDK's and OkHttp's classes, a round trip to Slack) done while the
 * command line is parsed and nexus.yml read. A token Slack refuses or a Slack that cannot be reached is reported
 * when `serve` comes to use the client, as it was when the two ran in line.
 */
final class SlackOpening {
    private SlackOpening() {
    }

    /** @see SlackCheck#verify for what is thrown to {@link #await} when the token or Slack is unusable */
    static CompletableFuture<Slack> begin(String apiUrl, String botToken) {
        return Opening.begin("nexus-slack-open", () -> {
            SlackCheck.verify(apiUrl, botToken);
            return SlackWeb.create(apiUrl);
        });
    }

    static Slack await(CompletableFuture<Slack> opening) {
        return Opening.await(opening);
    }

    /** Startup failed elsewhere: the client's connections and threads are let go once it is built. */
    static void abandon(CompletableFuture<Slack> opening) {
        Opening.abandon(opening, sdk -> {
            try {
                sdk.close();
            } catch (Exception e) {
                // looked up here, not when the class loads: main loads it before anything else logs
                LoggerFactory.getLogger(SlackOpening.class).debug("closing the unused Slack client: {}", e.toString());
            }
        });
    }
}
