package com.nexus.chatops;

import com.nexus.chatops.config.Env;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.slack.SlackCheck;
import com.nexus.chatops.store.Database;
import com.slack.api.Slack;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `nexus serve`: run the bot until SIGTERM/SIGINT, then stop gracefully. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the bot: Slack (HTTP /slack/events or Socket Mode), /healthz, /readyz, /metrics.",
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET  Slack app credentials (required)",
            "  SLACK_APP_TOKEN        an xapp- token: Socket Mode instead of HTTP",
            "  SLACK_API_URL          Slack Web API base (default https://slack.com/api/)",
            "  NEXUS_PORT             HTTP port (default 3000)",
            "  NEXUS_CONFIG           path of nexus.yml (default ./nexus.yml)",
            "  NEXUS_DB_URL           jdbc:sqlite:… or jdbc:postgresql:… (default jdbc:sqlite:./nexus.db)",
            "  PAGERDUTY_API_TOKEN, PAGERDUTY_API_URL, PAGERDUTY_WEBHOOK_SECRET, PAGERDUTY_FROM_EMAIL,",
            "  PAGERDUTY_EVENTS_URL   PagerDuty REST v2, webhooks and Events API v2 (optional)",
            "  STATUSPAGE_API_KEY, STATUSPAGE_PAGE_ID, STATUSPAGE_API_URL  optional status page mirror",
            "  KUBECONFIG             Kubernetes (or the in-cluster service account)",
            "  AWS_REGION, AWS_ENDPOINT_URL, AWS credential chain  AWS",
            "Exit codes: 0 stopped cleanly, 2 configuration problem or Slack unusable, 1 other failure to start."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host = "0.0.0.0";

    @Override
    public Integer call() throws Exception {
        Env env = Env.from(System.getenv());
        if (!env.problemsForServe().isEmpty()) {
            Startup.load(env, env.problemsForServe(), System.err); // every problem at once, nexus.yml's included
            return Startup.CONFIG_ERROR;
        }
        // the store opens and migrates, and the Slack client is built and its token checked, while nexus.yml is
        // read and checked (begun by main before the command line was parsed, when it was a plain `serve`)
        CompletableFuture<Database> store = EarlyStart.takeStore()
                .orElseGet(() -> StoreOpening.begin(env.dbUrl(), Clock.systemUTC()));
        CompletableFuture<Slack> slack = EarlyStart.takeSlack()
                .orElseGet(() -> SlackOpening.begin(env.slackApiUrl(), env.slackBotToken()));
        NexusConfig config = Startup.load(env, List.of(), System.err);
        if (config == null) {
            StoreOpening.abandon(store);
            SlackOpening.abandon(slack);
            return Startup.CONFIG_ERROR;
        }
        Server server;
        try {
            server = Server.start(env, config, host, store, slack);
        } catch (SlackCheck.Unusable e) {
            System.err.println("nexus: could not start: " + e.getMessage());
            return Startup.CONFIG_ERROR;
        } catch (Exception e) {
            System.err.println("nexus: could not start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("nexus: error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "nexus-shutdown"));
        stopped.await();
        return 0;
    }
}
