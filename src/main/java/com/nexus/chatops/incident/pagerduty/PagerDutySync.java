package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Handlers;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.guard.Permissions;
import com.nexus.chatops.incident.lifecycle.IncidentComms;
import com.nexus.chatops.incident.lifecycle.Incidents;
import com.nexus.chatops.incident.Pager;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.pagerduty.PagerDutyEvents;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.store.Database;
import java.time.Clock;
import java.util.Optional;

/**
 * The PagerDuty sync wired once, in three steps because the incident lifecycle sits between them:
 * {@link #create} gives the {@link #pager()} that {@link Incidents} needs; {@link #actions(Incidents)} gives the
 * mirror that {@link IncidentComms} needs; {@link #events(IncidentComms)} gives the webhook handler.
 * This package owns the sync rules; {@code pagerduty} stays the vendor edge and knows nothing of Slack.
 */
public final class PagerDutySync implements AutoCloseable {
    private final NexusConfig config;
    private final SlackGateway slack;
    private final PagerDutyAccess access;
    private final Clock clock;
    private final WriteRunner.Retries retries;
    private final PdLinks links;
    private final PdWrites writes;
    private final OnCalls onCalls;
    private final Pages pages;
    private final Pager pager;
    private Incidents incidents;
    private PagerDutyActions actions;
    private WriteRetryLoop retryLoop;
    private Permissions permissions;

    private PagerDutySync(NexusConfig config, Database database, SlackGateway slack, PagerDutyAccess access,
                          WriteRunner.Retries retries, Clock clock) {
        this.config = config;
        this.slack = slack;
        this.access = access;
        this.clock = clock;
        this.retries = retries;
        this.links = new PdLinks(database.jdbc(), clock);
        this.writes = new PdWrites(database.jdbc(), clock);
        this.onCalls = new OnCalls(access.client(), slack);
        this.pages = new Pages(config, access.events(), links);
        this.pager = new OnCallPager(config, onCalls);
    }

    public static PagerDutySync create(NexusConfig config, Database database, SlackGateway slack,
                                       PagerDutyAccess access, Clock clock) {
        return new PagerDutySync(config, database, slack, access, WriteRunner.Retries.DEFAULT, clock);
    }

    /** Pages and invites on-call for severities with {@code page: true}. */
    public Pager pager() {
        return pager;
    }

    /**
     * Slack → PagerDuty; also what resolutions and status updates mirror to. Acknowledging, resolving and paging
     * are policy actions: {@code permissions} decides and audits them.
     */
    public PagerDutyActions actions(Incidents lifecycle, Permissions permissions) {
        this.incidents = lifecycle;
        this.permissions = permissions;
        Optional<WriteRunner> runner = access.client().map(c -> new WriteRunner(c, writes, retries, clock));
        this.actions = new PagerDutyActions(lifecycle.repository(), lifecycle.timeline(), lifecycle.observer(), slack,
                writes, runner, access.client().map(c -> new FromEmails(slack, c, access.fallbackFrom())), permissions,
                links, clock);
        this.retryLoop = runner.map(r -> new WriteRetryLoop(writes, r, lifecycle.repository(), lifecycle.timeline(),
                slack, clock)).orElse(null);
        return actions;
    }

    /** PagerDuty → Slack: what verified webhook events are handed to. */
    public PagerDutyEvents events(IncidentComms comms) {
        return new PagerDutyIncidents(incidents, comms, new Triggers(config, incidents, links, onCalls, clock), links,
                writes);
    }

    /** `/nexus ack`, `/nexus oncall`, `/nexus page`. */
    public Handlers register(Handlers handlers) {
        PagerDutyCommands commands = new PagerDutyCommands(config, incidents.lookup(), incidents.timeline(), actions,
                onCalls, pages, permissions, clock);
        return handlers
                .register(Command.Ack.class, commands::ack)
                .register(Command.Oncall.class, commands::oncall)
                .register(Command.Page.class, commands::page);
    }

    /** Starts retrying stored PagerDuty writes (only when the REST API is connected). */
    public void startRetries() {
        if (retryLoop != null) {
            retryLoop.start();
        }
    }

    /** For tests and the console: one retry round now. */
    public int retryDue() {
        return retryLoop == null ? 0 : retryLoop.runDue();
    }

    @Override
    public void close() {
        if (retryLoop != null) {
            retryLoop.close();
        }
    }
}
