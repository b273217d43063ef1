package com.nexus.chatops;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.core.Periodic;
import com.nexus.chatops.ingress.http.HealthServlet;
import com.nexus.chatops.ingress.http.HttpServer;
import com.nexus.chatops.ingress.http.MetricsServlet;
import com.nexus.chatops.ingress.pagerduty.PagerDutyWebhooks;
import com.nexus.chatops.ingress.slack.SlackApp;
import com.nexus.chatops.ingress.slack.SlackSettings;
import com.nexus.chatops.ingress.slack.WorkQueue;
import com.nexus.chatops.slack.SlackWeb;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.store.InboxRetention;
import com.slack.api.Slack;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `nexus serve`: Jetty for health, readiness, metrics and (in HTTP mode) Slack; Socket Mode when an app
 * token is set. Stopping refuses new requests, lets in-flight ones and queued work finish within the deadline.
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private static final Duration DRAIN = Duration.ofSeconds(20);
    /** How often overdue status updates are looked for; reminders are minutes apart, so this is plenty. */
    private static final Duration REMINDER_CHECK = Duration.ofSeconds(15);

    private final Nexus nexus;
    private final WorkQueue work;
    private final HttpServer http;
    private final SlackApp slack;
    private final PagerDutyWebhooks pagerDutyWebhooks;
    private final Periodic retention;

    private Server(Nexus nexus, WorkQueue work, HttpServer http, SlackApp slack, PagerDutyWebhooks pagerDutyWebhooks,
                   Periodic retention) {
        this.nexus = nexus;
        this.work = work;
        this.http = http;
        this.slack = slack;
        this.pagerDutyWebhooks = pagerDutyWebhooks;
        this.retention = retention;
    }

    /** Opens the store and starts serving; on failure everything opened so far is closed again. */
    public static Server start(Env env, NexusConfig config, String host) throws Exception {
        return start(env, config, host, Edges.infrastructure(config));
    }

    /** @param catalog how guarded actions reach infrastructure */
    public static Server start(Env env, NexusConfig config, String host, ActionCatalog catalog) throws Exception {
        Slack sdk = SlackWeb.create(env.slackApiUrl());
        Nexus nexus = Nexus.open(config, env.dbUrl(),
                Edges.fromEnv(env, new SlackWebGateway(sdk.methodsAsync(env.slackBotToken())), catalog));
        try {
            return start(nexus, sdk, env, host);
        } catch (Exception | Error e) {
            nexus.close();
            throw e;
        }
    }

    private static Server start(Nexus nexus, Slack sdk, Env env, String host) throws Exception {
        WorkQueue work = new WorkQueue(8, 256);
        SlackApp slack = SlackApp.build(sdk, new SlackSettings(env.slackBotToken(), env.slackSigningSecret()), work,
                nexus.doors().slackApp());
        PagerDutyWebhooks pagerDutyWebhooks = PagerDutyWebhooks.start(env.pagerdutyWebhookSecret(),
                nexus.database().inbox(), nexus.pagerDutyEvents());
        HttpServer.Builder routes = HttpServer.builder()
                .stopTimeout(DRAIN)
                .route("/healthz", HealthServlet.alive())
                .route("/readyz", new HealthServlet(() -> nexus.database().ping()
                        ? new HealthServlet.Check(true, "config loaded, store reachable")
                        : new HealthServlet.Check(false, "store unreachable")))
                .route("/metrics", new MetricsServlet(nexus.meters()))
                .route(PagerDutyWebhooks.PATH, pagerDutyWebhooks.servlet());
        if (!env.socketMode()) {
            routes.route("/slack/events", slack.servlet());
        }
        HttpServer http = routes.start(host, env.port());
        if (env.socketMode()) {
            slack.startSocketMode(env.slackAppToken().orElseThrow());
        }
        nexus.startReminders(REMINDER_CHECK);
        nexus.startPagerDutyRetries();
        LOG.info("nexus listening on port {} (Slack over {})", http.port(),
                env.socketMode() ? "Socket Mode" : "HTTP /slack/events");
        Periodic retention = InboxRetention.start(nexus.database().inbox(), Clock.systemUTC(),
                Duration.ofHours(1), InboxRetention.KEEP);
        return new Server(nexus, work, http, slack, pagerDutyWebhooks, retention);
    }

    public int port() {
        return http.port();
    }

    public Nexus nexus() {
        return nexus;
    }

    @Override
    public void close() throws Exception {
        LOG.info("nexus stopping: refusing new requests, finishing work in flight (up to {} s)", DRAIN.toSeconds());
        slack.close();
        http.close();
        pagerDutyWebhooks.close();
        if (!work.drain(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
            LOG.warn("stopped with {} commands still running after {} s", work.inFlight(), DRAIN.toSeconds());
        }
        retention.close();
        nexus.close();
    }
}
