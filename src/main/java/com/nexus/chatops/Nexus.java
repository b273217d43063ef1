package com.nexus.chatops;

import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.command.CommandParser;
import com.nexus.chatops.command.Vocabulary;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.guard.ActionFlow;
import com.nexus.chatops.guard.ActionGuard;
import com.nexus.chatops.guard.Audits;
import com.nexus.chatops.guard.CachedUserGroups;
import com.nexus.chatops.guard.ChannelIncidents;
import com.nexus.chatops.guard.Confirmations;
import com.nexus.chatops.guard.CooldownOverrides;
import com.nexus.chatops.guard.Execution;
import com.nexus.chatops.guard.GuardChain;
import com.nexus.chatops.guard.IncidentPolicy;
import com.nexus.chatops.guard.IncidentRef;
import com.nexus.chatops.guard.Ledger;
import com.nexus.chatops.guard.PendingActions;
import com.nexus.chatops.guard.Permissions;
import com.nexus.chatops.guard.Recovery;
import com.nexus.chatops.guard.Roles;
import com.nexus.chatops.guard.SubmittedForms;
import com.nexus.chatops.guard.view.ActionReplies;
import com.nexus.chatops.guard.view.SlackActionChannel;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.SetupLeases;
import com.nexus.chatops.incident.ReminderClaims;
import com.nexus.chatops.incident.lifecycle.CardKeeper;
import com.nexus.chatops.incident.lifecycle.ChannelArchiver;
import com.nexus.chatops.incident.lifecycle.ChannelSetup;
import com.nexus.chatops.incident.lifecycle.DeclareAlarms;
import com.nexus.chatops.incident.lifecycle.Declarations;
import com.nexus.chatops.incident.lifecycle.SetupRecovery;
import com.nexus.chatops.incident.lifecycle.DeclareCommand;
import com.nexus.chatops.incident.lifecycle.IncidentLookup;
import com.nexus.chatops.incident.lifecycle.IncidentStateCommands;
import com.nexus.chatops.incident.lifecycle.Mirrors;
import com.nexus.chatops.incident.lifecycle.PinRecorder;
import com.nexus.chatops.incident.lifecycle.Postmortems;
import com.nexus.chatops.incident.lifecycle.ReminderLoop;
import com.nexus.chatops.incident.lifecycle.Resolutions;
import com.nexus.chatops.incident.lifecycle.Responders;
import com.nexus.chatops.incident.lifecycle.RoleChanges;
import com.nexus.chatops.incident.lifecycle.SeverityChanges;
import com.nexus.chatops.incident.lifecycle.StatsCommand;
import com.nexus.chatops.incident.lifecycle.StatusBoard;
import com.nexus.chatops.incident.lifecycle.StatusUpdateCommands;
import com.nexus.chatops.incident.lifecycle.StatusUpdates;
import com.nexus.chatops.incident.pagerduty.FromEmails;
import com.nexus.chatops.incident.runbook.LiveFacts;
import com.nexus.chatops.incident.runbook.RunbookCommands;
import com.nexus.chatops.incident.runbook.RunbookOffers;
import com.nexus.chatops.incident.runbook.RunbookPostRepository;
import com.nexus.chatops.incident.runbook.RunbookPosts;
import com.nexus.chatops.incident.pagerduty.OnCallCommand;
import com.nexus.chatops.incident.pagerduty.OnCallPager;
import com.nexus.chatops.incident.pagerduty.OnCalls;
import com.nexus.chatops.incident.pagerduty.PagerDutyActions;
import com.nexus.chatops.incident.pagerduty.PagerDutyCommands;
import com.nexus.chatops.incident.pagerduty.PagerDutyIncidents;
import com.nexus.chatops.incident.pagerduty.PagerDutyLinkRepository;
import com.nexus.chatops.incident.pagerduty.PagerDutyOutbox;
import com.nexus.chatops.incident.pagerduty.PagerDutyWriteRepository;
import com.nexus.chatops.incident.pagerduty.Pages;
import com.nexus.chatops.incident.pagerduty.Triggers;
import com.nexus.chatops.incident.pagerduty.WriteRetryLoop;
import com.nexus.chatops.incident.pagerduty.WriteRunner;
import com.nexus.chatops.ingress.Dispatcher;
import com.nexus.chatops.ingress.slack.SlackApp;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.pagerduty.PagerDutyClient;
import com.nexus.chatops.pagerduty.PagerDutyEvents;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.statuspage.StatuspageLinks;
import com.nexus.chatops.statuspage.StatuspageMirror;
import com.nexus.chatops.store.Database;
import com.nexus.chatops.store.Jdbc;
import com.nexus.chatops.store.OpenedViews;
import com.nexus.chatops.timeline.TimelineRepository;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The wiring: every repository and service is built here, once, in the order they need each other; nothing is
 * completed by a setter afterwards. Serve and console both start from here and hand each door what it uses.
 */
public final class Nexus implements AutoCloseable {
    private final Database database;
    private final PrometheusMeterRegistry meters;
    private final Doors doors;
    private final Background background;

    /** What the doors are handed: the command path, guarded actions, the Slack listeners' share, webhooks. */
    public record Doors(Dispatcher dispatcher, ActionReplies actions, SlackApp.Collaborators slackApp,
                        PagerDutyEvents pagerDutyEvents) {
    }

    /** What runs in the background, and what has to be closed with nexus. */
    private record Background(ReminderLoop reminders, ActionGuard guarded, Optional<WriteRetryLoop> retries,
                              ExecutorService followUps, PagerDutyAccess pagerDuty, SetupRecovery setups) {
    }

    private Nexus(Database database, PrometheusMeterRegistry meters, Doors doors, Background background) {
        this.database = database;
        this.meters = meters;
        this.doors = doors;
        this.background = background;
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
     * never re-run. Declarations a stopped process left half-made are finished, or reported to their declarer.
     */
    public static Nexus open(NexusConfig config, String dbUrl, Edges edges, Clock clock) {
        return open(config, Database.open(dbUrl, clock), edges, clock);
    }

    /** As above, on a store already opened and migrated, which the returned nexus owns and closes. */
    public static Nexus open(NexusConfig config, Database database, Edges edges, Clock clock) {
        SlackGateway slack = edges.slack();
        PagerDutyAccess access = edges.pagerDuty();
        PrometheusMeterRegistry meters = Runtimes.meterRegistry();
        Jdbc jdbc = database.jdbc();
        IncidentRepository incidents = new IncidentRepository(jdbc, clock);
        TimelineRepository timeline = new TimelineRepository(jdbc);
        IncidentRecords records = new IncidentRecords(incidents, timeline,
                new CardKeeper(config, incidents, slack, timeline), clock);
        IncidentLookup lookup = new IncidentLookup(incidents);

        PendingActions pending = new PendingActions(jdbc);
        OpenedViews views = new OpenedViews(jdbc, clock);
        Ledger ledger = new Ledger(pending, new Audits(new AuditLog(jdbc), timeline, clock), clock);
        GuardChain chain = new GuardChain(config, new Roles(config,
                new CachedUserGroups(slack, CachedUserGroups.DEFAULT_TTL)), pending, clock);
        ChannelIncidents channels = channel -> incidents.findByChannelId(channel)
                .map(i -> new IncidentRef(i.id(), i.severity()));
        SlackActionChannel actionChannel = new SlackActionChannel(slack);
        ExecutorService followUps = Runtimes.followUpPool();
        ActionFlow.Settings settings = ActionFlow.Settings.DEFAULT;
        Execution execution = new Execution(ledger, edges.actions(), actionChannel, settings.rolloutDeadline(),
                followUps);
        ActionFlow flow = new ActionFlow(ledger, chain, channels, actionChannel, settings.confirmTtl(), execution);
        Permissions permissions = new Permissions(chain, ledger.audits());
        IncidentPolicy incidentPolicy = new IncidentPolicy(chain, ledger.audits());
        ActionGuard guarded = new ActionGuard(flow,
                new Confirmations(ledger, chain, channels, execution, actionChannel),
                new CooldownOverrides(ledger, chain, CooldownOverrides.roles(config), flow, execution),
                new Recovery(ledger, execution, actionChannel), pending, permissions);
        ActionReplies actions = new ActionReplies(guarded);

        PagerDutyLinkRepository links = new PagerDutyLinkRepository(jdbc, clock);
        PagerDutyWriteRepository writes = new PagerDutyWriteRepository(jdbc, clock);
        OnCalls onCalls = new OnCalls(access.client(), slack);
        Pages pages = new Pages(config, access.events(), links);
        Optional<WriteRunner> runner = access.client()
                .map(c -> new WriteRunner(c, writes, WriteRunner.Retries.DEFAULT, clock));
        PagerDutyActions pagerDutyActions = new PagerDutyActions(records, slack, new PagerDutyOutbox(writes, runner,
                access.client().map(c -> new FromEmails(slack, c, access.fallbackFrom()))), permissions, links);
        OnCallPager pager = new OnCallPager(config, onCalls);

        RunbookPosts.Live live = new RunbookPosts.Live(new LiveFacts(config, edges.reads(), clock),
                new AuditLog(jdbc), clock);
        RunbookPosts runbooks = new RunbookPosts(config, edges.runbooks(), incidents, new RunbookPostRepository(jdbc),
                slack, live);
        Declarations.Claims declareClaims = new Declarations.Claims(database.daySequence(), database.inbox(),
                new SetupLeases(jdbc, clock));
        Declarations declarations = new Declarations(config, records, declareClaims, slack,
                new ChannelSetup(config, records, slack, new Responders(config, slack), pager,
                        new DeclareAlarms(edges.alarms(config), records, followUps)
                                .then(new RunbookOffers(runbooks, followUps))));
        SetupRecovery setups = new SetupRecovery(config, declarations, declareClaims, incidents, slack);
        SeverityChanges severities = new SeverityChanges(config, records, pager);
        RoleChanges roles = new RoleChanges(records, slack);
        StatusBoard status = new StatusBoard(config, incidents);
        Postmortems postmortems = new Postmortems(timeline, slack, clock);
        Mirrors mirrors = new Mirrors(new StatuspageMirror(edges.statuspage(), new StatuspageLinks(jdbc)),
                pagerDutyActions);
        Resolutions resolutions = new Resolutions(config, records, slack, mirrors, postmortems);
        StatusUpdates updates = new StatusUpdates(config, records, slack, mirrors, resolutions);
        ReminderClaims claims = new ReminderClaims(jdbc);
        ReminderLoop reminders = new ReminderLoop(config, incidents, claims, slack, clock,
                new ChannelArchiver(config.channels(), records, claims, slack));
        PagerDutyEvents pagerDutyEvents = new PagerDutyIncidents(records, slack, severities, resolutions,
                new Triggers(config, records, declarations, links, onCalls, slack), writes);

        Dispatcher dispatcher = new Dispatcher(new CommandParser(new Vocabulary(config.services().keySet(),
                config.severityWords())), CommandRoutes.of(new CommandRoutes.Targets(
                new IncidentStateCommands(lookup, roles, severities, timeline, status, slack),
                new DeclareCommand(config, declarations, slack, views),
                new StatusUpdateCommands(lookup, updates, resolutions, postmortems),
                new StatsCommand(config, incidents, clock),
                new PagerDutyCommands(lookup, records, pagerDutyActions, pages, permissions),
                new OnCallCommand(config, lookup, onCalls), new RunbookCommands(runbooks, incidents), actions,
                new IncidentGate(incidentPolicy, lookup), edges.capabilities())), meters);
        SlackApp.Collaborators slackApp = new SlackApp.Collaborators(database.inbox(), meters, dispatcher, slack,
                config, incidents, declarations, roles, severities, new PinRecorder(records, slack), status, updates,
                resolutions, pagerDutyActions, actions, incidentPolicy, new SubmittedForms(views, ledger.audits()),
                runbooks);
        guarded.recoverInterrupted();
        guarded.startRecovery(Recovery.EVERY);
        setups.start(SetupRecovery.EVERY);
        return new Nexus(database, meters, new Doors(dispatcher, actions, slackApp, pagerDutyEvents),
                new Background(reminders, guarded, runner.map(r -> new WriteRetryLoop(writes, r, records, slack)),
                        followUps, access, setups));
    }

    public Database database() {
        return database;
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    public Doors doors() {
        return doors;
    }

    public Dispatcher dispatcher() {
        return doors.dispatcher();
    }

    public SlackGateway slack() {
        return doors.slackApp().slack();
    }

    public IncidentRepository incidents() {
        return doors.slackApp().incidents();
    }

    /** Acknowledge from Slack (the card's button), acting on the linked PagerDuty incident. */
    public PagerDutyActions pagerDutyActions() {
        return doors.slackApp().pagerDuty();
    }

    /** What verified PagerDuty webhook events are handed to, off the request thread. */
    public PagerDutyEvents pagerDutyEvents() {
        return doors.pagerDutyEvents();
    }

    /** The PagerDuty REST client; empty when PAGERDUTY_API_TOKEN is not set. */
    public Optional<PagerDutyClient> pagerDuty() {
        return background.pagerDuty().client();
    }

    /** Starts checking for overdue status updates every {@code every}; {@link #close()} stops it. */
    public void startReminders(Duration every) {
        background.reminders().start(every);
    }

    /** Starts resending writes PagerDuty missed while it was down (only when its REST API is connected). */
    public void startPagerDutyRetries() {
        background.retries().ifPresent(WriteRetryLoop::start);
    }

    /** One round of PagerDuty retries now; how many writes were attempted. */
    public int retryPagerDutyWrites() {
        return background.retries().map(WriteRetryLoop::runDue).orElse(0);
    }

    @Override
    public void close() {
        background.reminders().close();
        background.guarded().close();
        background.setups().close();
        background.retries().ifPresent(WriteRetryLoop::close);
        background.followUps().shutdownNow();
        background.pagerDuty().close();
        database.close();
        meters.close();
    }
}
