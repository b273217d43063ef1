package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.guard.view.ActionReplies;
import com.nexus.chatops.guard.view.SlackActionChannel;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.store.Jdbc;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SettableClock;
import com.nexus.chatops.testing.TestStores;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * nexus.example.yml's policy over a real store: responders U0000000001/U0000000002 (+ group S0000000001), lead
 * U0000000003; rollback/restart/scale need confirmation in incident channels with a 120 s cooldown, and rollback
 * at sev1 needs one lead's approval.
 */
final class Harness implements AutoCloseable {
    static final String RESPONDER = "U0000000001";
    static final String OTHER_RESPONDER = "U0000000002";
    static final String LEAD = "U0000000003";
    static final String INCIDENT_CHANNEL = "C0INCIDENT1";
    static final String GENERAL = "C0GENERAL";

    final TestStores.Handle store;
    final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T10:00:00Z"));
    final RecordingSlack slack = new RecordingSlack();
    final FakeActions infra = new FakeActions();
    final NexusConfig config;
    /** Where AWS requests go (null: to {@link #infra} with the rest). */
    private final ActionCatalog aws;
    Process actions;

    Harness(String backend, Path dir) {
        this(backend, dir, example(), null);
    }

    /** With its own configuration, and AWS requests going to the catalog {@code aws} makes on this clock. */
    Harness(String backend, Path dir, NexusConfig config, Function<SettableClock, ActionCatalog> aws) {
        store = TestStores.open(backend, dir);
        this.config = config;
        this.aws = aws == null ? null : aws.apply(clock);
        actions = fresh();
    }

    static NexusConfig example() {
        try {
            return ConfigLoader.load(RunningNexus.exampleConfig());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new process on the same store (what a restart looks like), wired as {@code Nexus} wires the guard. */
    Process fresh() {
        return fresh(aws == null ? infra : ActionCatalog.of(infra, aws));
    }

    /** The same, with its own infrastructure. */
    Process fresh(ActionCatalog catalog) {
        Jdbc jdbc = store.database().jdbc();
        PendingActions pending = new PendingActions(jdbc);
        Ledger ledger = new Ledger(pending, new Audits(new AuditLog(jdbc), new TimelineRepository(jdbc), clock), clock);
        GuardChain chain = new GuardChain(config, new Roles(config, new CachedUserGroups(slack, Duration.ofMinutes(5))),
                pending, clock);
        IncidentRepository incidents = new IncidentRepository(jdbc, clock);
        ChannelIncidents channels = channel -> incidents.findByChannelId(channel)
                .map(i -> new IncidentRef(i.id(), i.severity()));
        SlackActionChannel channel = new SlackActionChannel(slack);
        Execution execution = new Execution(ledger, catalog, channel, ActionFlow.Settings.DEFAULT.rolloutDeadline(),
                Runnable::run);
        ActionFlow flow = new ActionFlow(ledger, chain, channels, channel, ActionFlow.Settings.DEFAULT.confirmTtl(),
                execution);
        ActionGuard guard = new ActionGuard(flow, new Confirmations(ledger, chain, channels, execution, channel),
                new CooldownOverrides(ledger, chain, CooldownOverrides.roles(config), flow, execution),
                new Recovery(ledger, execution, channel), pending, new Permissions(chain, ledger.audits()));
        return new Process(guard, new ActionReplies(guard));
    }

    Incident incident(String severity) {
        IncidentRepository incidents = new IncidentRepository(store.database().jdbc(), clock);
        Incident i = incidents.insertOrGet(new NewIncident("test:" + severity, LocalDate.of(2026, 11, 24), 1,
                "incident-20261124-001", "core-api 5xx", severity, "core-api", RESPONDER, clock.instant(), null, null));
        return incidents.modify(i.id(), x -> x.withChannel(x.channelName(), x.seq(), INCIDENT_CHANNEL));
    }

    Reply ask(String user, String channel, ActionRequest request, boolean dryRun) {
        String name = channel.equals(INCIDENT_CHANNEL) ? "incident-20261124-001" : "general";
        return actions.request(new Invocation(Invocation.SLACK, user, channel, name, "corr", null), request, dryRun);
    }

    Reply rollback(String user, String channel) {
        return ask(user, channel, new ActionRequest.Rollback("core-api", Optional.empty(), Optional.empty()), false);
    }

    Click click(String user, String pendingId) {
        return new Click(pendingId, user, INCIDENT_CHANNEL, "incident-20261124-001");
    }

    /** The one pending action so far. */
    PendingAction onlyPending() {
        List<PendingAction> all = store.database().jdbc().query("SELECT id FROM pending_actions",
                r -> actions.pending().find(r.getString(1)).orElseThrow());
        if (all.size() != 1) {
            throw new AssertionError("expected one pending action, found " + all.size());
        }
        return all.get(0);
    }

    List<ChainedRecord> audit() {
        return new AuditLog(store.database().jdbc()).page(0, 10_000);
    }

    ChainedRecord lastAudit() {
        List<ChainedRecord> all = audit();
        return all.get(all.size() - 1);
    }

    @Override
    public void close() {
        store.close();
    }

    static ActionRequest scale(int replicas) {
        return new ActionRequest.Scale("core-api", replicas);
    }
}
