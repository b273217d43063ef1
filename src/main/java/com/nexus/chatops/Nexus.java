package com.nexus.chatops;

import com.nexus.chatops.command.CommandParser;
import com.nexus.chatops.command.Dispatcher;
import com.nexus.chatops.command.Handlers;
import com.nexus.chatops.command.HelpHandler;
import com.nexus.chatops.command.Vocabulary;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incidents;
import com.nexus.chatops.incident.Pager;
import com.nexus.chatops.reply.SlackGateway;
import com.nexus.chatops.store.Database;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

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
    private final Incidents incidents;

    private Nexus(NexusConfig config, Database database, PrometheusMeterRegistry meters, Dispatcher dispatcher,
                  SlackGateway slack, Incidents incidents) {
        this.config = config;
        this.database = database;
        this.meters = meters;
        this.dispatcher = dispatcher;
        this.slack = slack;
        this.incidents = incidents;
    }

    /** @param slack where replies beyond the immediate answer go: Slack's Web API, or the console */
    public static Nexus open(NexusConfig config, String dbUrl, SlackGateway slack) {
        return open(config, dbUrl, slack, Clock.systemUTC());
    }

    /** @param clock the time every incident record and timeline entry is stamped with */
    public static Nexus open(NexusConfig config, String dbUrl, SlackGateway slack, Clock clock) {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        Database database = Database.open(dbUrl, clock);
        Vocabulary vocabulary = new Vocabulary(config.services().keySet(), config.severityWords());
        Incidents incidents = Incidents.create(config, database, slack, Pager.NOT_CONFIGURED, clock);
        Handlers handlers = new Handlers()
                .register(com.nexus.chatops.command.Command.Help.class, new HelpHandler());
        incidents.register(handlers);
        Dispatcher dispatcher = new Dispatcher(new CommandParser(vocabulary), handlers, meters);
        return new Nexus(config, database, meters, dispatcher, slack, incidents);
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

    /** The incident lifecycle: its observer refreshes cards and topics after any change. */
    public Incidents incidents() {
        return incidents;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public void close() {
        database.close();
        meters.close();
    }
}
