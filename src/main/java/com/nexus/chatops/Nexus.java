package com.nexus.chatops;

import com.nexus.chatops.command.CommandParser;
import com.nexus.chatops.command.Dispatcher;
import com.nexus.chatops.command.Handlers;
import com.nexus.chatops.command.view.CommandReplies;
import com.nexus.chatops.command.Vocabulary;
import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditTrail;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.guard.ActionFlow;
import com.nexus.chatops.guard.GuardedActions;
import com.nexus.chatops.guard.GuardedCommands;
import com.nexus.chatops.guard.Recovery;
import com.nexus.chatops.incident.lifecycle.IncidentComms;
import com.nexus.chatops.incident.lifecycle.Incidents;
import com.nexus.chatops.incident.pagerduty.PagerDutyActions;
import com.nexus.chatops.incident.pagerduty.PagerDutySync;
import com.nexus.chatops.timeline.TimelineRepository;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.pagerduty.PagerDutyClient;
import com.nexus.chatops.pagerduty.PagerDutyEvents;
import com.nexus.chatops.guard.CachedUserGroups;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.statuspage.Statuspage;
import com.nexus.chatops.statuspage.StatuspageClient;
import com.nexus.chatops.store.Database;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The transport-independent core every door shares: config, store, metrics and the dispatcher with its
 * explicitly registered handlers. Serve and console both start from here.
 */
public final class Nexus implements AutoCloseable {
    private final Database database;
    private final PrometheusMeterRegistry meters;
    private final Dispatcher dispatcher;
    private final SlackGateway slack;
    private final Incidents incidents;
    private final IncidentComms comms;
    private final GuardedActions actions;
    private final ExecutorService followUps;
    private final PagerDutyAccess pagerDuty;
    private final PagerDutyEvents pagerDutyEvents;
    private final PagerDutySync pagerDutySync;
    private final PagerDutyActions pagerDutyActions;

    /**
     * What nexus talks to beyond its own store: Slack (or the console), PagerDuty, the optional public status
     * page, and the infrastructure that guarded actions reach.
     */
    public record Edges(SlackGateway slack, PagerDutyAccess pagerDuty, Statuspage statuspage, ActionCatalog actions) {
        /** PagerDuty and the status page as the environment configures them. */
        public static Edges fromEnv(Env env, SlackGateway slack, ActionCatalog actions) {
            return new Edges(slack, PagerDutyAccess.fromEnv(env), StatuspageClient.from(env), actions);
        }

        public static Edges slackOnly(SlackGateway slack) {
            return new Edges(slack, PagerDutyAccess.none(), Statuspage.OFF, ActionCatalog.none());
        }

        public Edges withPagerDuty(PagerDutyAccess access) {
            return new Edges(slack, access, statuspage, actions);
        }
    }

    private Nexus(Database database, PrometheusMeterRegistry meters, Dispatcher dispatcher, SlackGateway slack,
                  Incidents incidents, IncidentComms comms, GuardedActions actions, ExecutorService followUps,
                  PagerDutyAccess pagerDuty, PagerDutySync pagerDutySync, PagerDutyActions pagerDutyActions,
                  PagerDutyEvents pagerDutyEvents) {
        this.database = database;
        this.meters = meters;
        this.dispatcher = dispatcher;
        this.slack = slack;
        this.incidents = incidents;
        this.comms = comms;
        this.actions = actions;
        this.followUps = followUps;
        this.pagerDuty = pagerDuty;
        this.pagerDutySync = pagerDutySync;
        this.pagerDutyActions = pagerDutyActions;
        this.pagerDutyEvents = pagerDutyEvents;
    }

    /** Slack only: no status page, no infrastructure (tests, and the parts that need neither). */
    public static Nexus open(NexusConfig config, String dbUrl, SlackGateway slack) {
        return open(config, dbUrl, Edges.slackOnly(slack), Clock.systemUTC());
    }

    public static Nexus open(NexusConfig config, String dbUrl, Edges edges) {
        return open(config, dbUrl, edges, Clock.systemUTC());
    }

    /**
     * Opening also reports, once, guarded actions a stopped process left running (outcome unknown); they are
     * never re-run.
     */
    public static Nexus open(NexusConfig config, String dbUrl, Edges edges, Clock clock) {
        SlackGateway slack = edges.slack();
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        Database database = Database.open(dbUrl, clock);
        Vocabulary vocabulary = new Vocabulary(config.services().keySet(), config.severityWords());
        PagerDutySync pagerDutySync = PagerDutySync.create(config, database, slack, edges.pagerDuty(), clock);
        Incidents incidents = Incidents.create(config, database, slack, pagerDutySync.pager(), clock);
        ExecutorService followUps = followUpPool();
        GuardedActions actions = GuardedActions.create(config, database.jdbc(),
                new CachedUserGroups(slack, CachedUserGroups.DEFAULT_TTL),
                new AuditTrail(new AuditLog(database.jdbc()), new TimelineRepository(database.jdbc())),
                edges.actions(), slack, clock, ActionFlow.Settings.DEFAULT, followUps);
        PagerDutyActions pagerDutyActions = pagerDutySync.actions(incidents, actions.permissions());
        IncidentComms comms = IncidentComms.create(config, database, slack, edges.statuspage(),
                incidents.observer(), pagerDutyActions, clock);
        Handlers handlers = new Handlers()
                .register(com.nexus.chatops.command.Command.Help.class, (inv, c) -> CommandReplies.help(c.topic()));
        incidents.register(handlers);
        comms.register(handlers);
        pagerDutySync.register(handlers);
        GuardedCommands.register(handlers, actions);
        Dispatcher dispatcher = new Dispatcher(new CommandParser(vocabulary), handlers, meters);
        actions.recoverInterrupted();
        actions.startRecovery(Recovery.EVERY);
        PagerDutyEvents pagerDutyEvents = pagerDutySync.events(comms);
        return new Nexus(database, meters, dispatcher, slack, incidents, comms, actions, followUps,
                edges.pagerDuty(), pagerDutySync, pagerDutyActions, pagerDutyEvents);
    }

    public Database database() {
        return database;
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    public SlackGateway slack() {
        return slack;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** The incident lifecycle: its observer refreshes cards and topics after any change. */
    public Incidents incidents() {
        return incidents;
    }

    /** Status updates, resolution, post-mortems and reminders, for the Slack listeners of the incident card. */
    public IncidentComms comms() {
        return comms;
    }

    /** Starts checking for overdue status updates every {@code every}; {@link #close()} stops it. */
    public void startReminders(Duration every) {
        comms.reminders().start(every);
    }

    /** The PagerDuty REST client; empty when PAGERDUTY_API_TOKEN is not set. */
    public Optional<PagerDutyClient> pagerDuty() {
        return pagerDuty.client();
    }

    /** What verified PagerDuty webhook events are handed to, off the request thread. */
    public PagerDutyEvents pagerDutyEvents() {
        return pagerDutyEvents;
    }

    /** Acknowledge from Slack (the card's button), acting on the linked PagerDuty incident. */
    public PagerDutyActions pagerDutyActions() {
        return pagerDutyActions;
    }

    /** The PagerDuty sync: {@code startRetries()} resends writes PagerDuty missed while it was down. */
    public PagerDutySync pagerDutySync() {
        return pagerDutySync;
    }

    public GuardedActions actions() {
        return actions;
    }

    /** Rollouts are followed off the work queue: a slow rollout must not hold a command thread. */
    private static ExecutorService followUpPool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "nexus-rollout-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        comms.reminders().close();
        actions.close();
        pagerDutySync.close();
        followUps.shutdownNow();
        pagerDuty.close();
        database.close();
        meters.close();
    }
}
