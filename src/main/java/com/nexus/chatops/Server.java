package com.nexus.chatops;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ServiceReads;
import com.nexus.chatops.action.aws.AwsServices;
import com.nexus.chatops.action.aws.catalog.AwsActions;
import com.nexus.chatops.action.k8s.Deployments;
import com.nexus.chatops.action.k8s.KubernetesActions;
import com.nexus.chatops.action.k8s.KubernetesSetup;
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
import com.nexus.chatops.runbook.RunbookLoader;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.store.Database;
import com.nexus.chatops.store.InboxRetention;
import com.slack.api.Slack;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
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
        return start(env, config, host, StoreOpening.begin(env.dbUrl(), Clock.systemUTC()),
                SlackOpening.begin(env.slackApiUrl(), env.slackBotToken()));
    }

    /** As above, with the store and the Slack client already opening (`serve` starts them before reading nexus.yml). */
    static Server start(Env env, NexusConfig config, String host, CompletableFuture<Database> store,
                        CompletableFuture<Slack> slack) throws Exception {
        KubernetesActions kubernetes = new KubernetesActions(config, Deployments::connect, KubernetesSetup::detect);
        AwsActions aws = new AwsActions(config, AwsServices::connect);
        return start(env, config, host, Edges.infrastructure(kubernetes, aws), ServiceReads.of(kubernetes, aws),
                Clock.systemUTC(), store, slack);
    }

    /** @param catalog how guarded actions reach infrastructure; what of it can read services, the hints read */
    public static Server start(Env env, NexusConfig config, String host, ActionCatalog catalog) throws Exception {
        return start(env, config, host, catalog, ServiceReads.of(catalog), Clock.systemUTC());
    }

    /**
     * @param reads     where the runbooks' decision hints read what a service runs
     * @param clock     what stamps incidents, timelines and pending actions
     */
    public static Server start(Env env, NexusConfig config, String host, ActionCatalog catalog, ServiceReads reads,
                               Clock clock) throws Exception {
        return start(env, config, host, catalog, reads, clock, StoreOpening.begin(env.dbUrl(), clock),
                SlackOpening.begin(env.slackApiUrl(), env.slackBotToken()));
    }

    /** The store opens and migrates on one thread, the Slack client is built and its token checked on another. */
    private static Server start(Env env, NexusConfig config, String host, ActionCatalog catalog, ServiceReads reads,
                                Clock clock, CompletableFuture<Database> store, CompletableFuture<Slack> slack)
            throws Exception {
        Slack sdk;
        Edges edges;
        try {
            sdk = SlackOpening.await(slack);
            edges = Edges.fromEnv(env, new SlackWebGateway(sdk.methodsAsync(env.slackBotToken())), catalog)
                    .withRunbooks(RunbookLoader.load(env.runbooksDir(), config), reads);
        } catch (Exception | Error e) {
            StoreOpening.abandon(store);
            SlackOpening.abandon(slack);
            throw e;
        }
        HttpServer.Builder routes = HttpServer.builder();
        Nexus nexus = Nexus.open(config, StoreOpening.await(store), edges, clock);
        try {
            return start(nexus, sdk, env, host, routes);
        } catch (Exception | Error e) {
            nexus.close();
            throw e;
        }
    }

    private static Server start(Nexus nexus, Slack sdk, Env env, String host, HttpServer.Builder routes)
            throws Exception {
        WorkQueue work = new WorkQueue(nexus.meters());
        SlackApp slack = SlackApp.build(sdk, new SlackSettings(env.slackBotToken(), env.slackSigningSecret()), work,
                nexus.doors().slackApp());
        PagerDutyWebhooks pagerDutyWebhooks = PagerDutyWebhooks.start(env.pagerdutyWebhookSecret(),
                nexus.database().inbox(), nexus.pagerDutyEvents());
        routes.stopTimeout(DRAIN)
                .route("/healthz", HealthServlet.alive())
                .route("/readyz", new HealthServlet(() -> {
                    String problem = nexus.database().notWritable();
                    return problem == null ? new HealthServlet.Check(true, "config loaded, store writable")
                            : new HealthServlet.Check(false, problem);
                }))
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
