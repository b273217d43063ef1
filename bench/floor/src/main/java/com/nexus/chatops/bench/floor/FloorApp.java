package com.nexus.chatops.bench.floor;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The floor nexus is measured against: Bolt for Java with its default middleware (signature and age checked,
 * the token verified with auth.test) acking `/nexus` empty, hosted like nexus hosts it (SlackAppServlet in a
 * Jetty 12 ee10 context, 64 request threads). Whatever nexus adds on top of this costs throughput.
 */
public final class FloorApp {
    public static void main(String[] args) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(System.getenv("SLACK_API_URL"));
        App app = new App(AppConfig.builder()
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .slack(Slack.getInstance(slackConfig))
                .build());
        app.command("/nexus", (req, ctx) -> ctx.ack());

        QueuedThreadPool threads = new QueuedThreadPool(64, 8);
        threads.setName("floor-http");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(System.getenv().getOrDefault("PORT", "3000")));
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
        server.setHandler(context);
        server.start();
        server.join();
    }
}
