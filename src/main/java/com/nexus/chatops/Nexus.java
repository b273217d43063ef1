package com.nexus.chatops;

import com.nexus.chatops.command.CommandParser;
import com.nexus.chatops.command.Dispatcher;
import com.nexus.chatops.command.Handlers;
import com.nexus.chatops.command.HelpHandler;
import com.nexus.chatops.command.Vocabulary;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.pagerduty.PagerDutyClient;
import com.nexus.chatops.pagerduty.PagerDutyEvents;
import com.nexus.chatops.reply.SlackGateway;
import com.nexus.chatops.store.Database;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;

/**
 * The transport-independent core every door shares: config, store, metrics and the dispatcher with its
 * explicitly registered handlers. Serve and console both start from here.
 */
public final class Nexus implements AutoCloseable {
    private final NexusConfig config;
    private final Database database;
    private final PrometheusMeterRegistry meters;
    private final Dispatcher dispatcher;
    private final SlackGateway slack;
    private final PagerDutyAccess pagerDuty;
    private final PagerDutyEvents pagerDutyEvents;

    private Nexus(NexusConfig config, Database database, PrometheusMeterRegistry meters, Dispatcher dispatcher,
                  SlackGateway slack, PagerDutyAccess pagerDuty, PagerDutyEvents pagerDutyEvents) {
        this.config = config;
        this.database = database;
        this.meters = meters;
        this.dispatcher = dispatcher;
        this.slack = slack;
        this.pagerDuty = pagerDuty;
        this.pagerDutyEvents = pagerDutyEvents;
    }

    /** Without PagerDuty: the console, and tests that do not need it. */
    public static Nexus open(NexusConfig config, String dbUrl, SlackGateway slack) {
        return open(config, dbUrl, slack, PagerDutyAccess.none());
    }

    /** @param slack where replies beyond the immediate answer go: Slack's Web API, or the console */
    public static Nexus open(NexusConfig config, String dbUrl, SlackGateway slack, PagerDutyAccess pagerDuty) {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        Database database = Database.open(dbUrl);
        Vocabulary vocabulary = new Vocabulary(config.services().keySet(), config.severityWords());
        Handlers handlers = new Handlers()
                .register(com.nexus.chatops.command.Command.Help.class, new HelpHandler());
        Dispatcher dispatcher = new Dispatcher(new CommandParser(vocabulary), handlers, meters);
        PagerDutyEvents pagerDutyEvents = PagerDutyEvents.logOnly();
        return new Nexus(config, database, meters, dispatcher, slack, pagerDuty, pagerDutyEvents);
    }

    public NexusConfig config() {
        return config;
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

    /** The PagerDuty REST client; empty when PAGERDUTY_API_TOKEN is not set. */
    public Optional<PagerDutyClient> pagerDuty() {
        return pagerDuty.client();
    }

    /** Both PagerDuty clients and the fallback From email. */
    public PagerDutyAccess pagerDutyAccess() {
        return pagerDuty;
    }

    /** What verified PagerDuty webhook events are handed to, off the request thread. */
    public PagerDutyEvents pagerDutyEvents() {
        return pagerDutyEvents;
    }

    @Override
    public void close() {
        pagerDuty.close();
        database.close();
        meters.close();
    }
}
