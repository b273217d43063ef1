package com.nexus.chatops;

import com.nexus.chatops.command.CommandParser;
import com.nexus.chatops.command.Dispatcher;
import com.nexus.chatops.command.Handlers;
import com.nexus.chatops.command.HelpHandler;
import com.nexus.chatops.command.Vocabulary;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.IncidentComms;
import com.nexus.chatops.incident.IncidentObserver;
import com.nexus.chatops.reply.SlackGateway;
import com.nexus.chatops.statuspage.Statuspage;
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
    private final IncidentComms comms;

    private Nexus(NexusConfig config, Database database, PrometheusMeterRegistry meters, Dispatcher dispatcher,
                  SlackGateway slack, IncidentComms comms) {
        this.config = config;
        this.database = database;
        this.meters = meters;
        this.dispatcher = dispatcher;
        this.slack = slack;
        this.comms = comms;
    }

    /** @param slack where replies beyond the immediate answer go: Slack's Web API, or the console */
    public static Nexus open(NexusConfig config, String dbUrl, SlackGateway slack) {
        return open(config, dbUrl, slack, Statuspage.OFF);
    }

    /** @param statuspage where status updates are mirrored publicly ({@link Statuspage#OFF} when not configured) */
    public static Nexus open(NexusConfig config, String dbUrl, SlackGateway slack, Statuspage statuspage) {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        Database database = Database.open(dbUrl);
        Vocabulary vocabulary = new Vocabulary(config.services().keySet(), config.severityWords());
        IncidentObserver observer = IncidentObserver.NONE;
        IncidentComms comms = IncidentComms.create(config, database, slack, statuspage, observer, Clock.systemUTC());
        Handlers handlers = new Handlers()
                .register(com.nexus.chatops.command.Command.Help.class, new HelpHandler());
        comms.register(handlers);
        Dispatcher dispatcher = new Dispatcher(new CommandParser(vocabulary), handlers, meters);
        return new Nexus(config, database, meters, dispatcher, slack, comms);
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

    /** Status updates, resolution, post-mortems and reminders, for the Slack listeners of the incident card. */
    public IncidentComms comms() {
        return comms;
    }

    /** Starts checking for overdue status updates every {@code every}; {@link #close()} stops it. */
    public void startReminders(Duration every) {
        comms.reminders().start(every);
    }

    @Override
    public void close() {
        comms.reminders().close();
        database.close();
        meters.close();
    }
}
