package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Role;
import com.nexus.chatops.config.Service;
import com.nexus.chatops.incident.DeclareRequest;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentObserver;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.Pager;
import com.nexus.chatops.incident.ServiceAlarms;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.store.Database;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.SettableClock;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The incident services over a real store and the fake Slack (through the production {@link SlackWebGateway}),
 * with a responders role, a service with a runbook URL, a settable clock and a pager that records its calls.
 */
final class IncidentFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final String ALICE = "U0ALICE1";
    static final String BOB = "U0BOB1";
    static final String RESPONDER = "U0RESP1";
    static final String ONCALL_GROUP = "S0ONCALL";
    static final String GROUP_MEMBER = "U0GROUP1";
    static final String RUNBOOK = "https://runbooks.example.com/high-error-rate";

    final SettableClock clock = new SettableClock(T0);
    final List<String> pages = new CopyOnWriteArrayList<>();
    final Database database;
    final Lifecycle incidents;

    /** The lifecycle services the tests drive, wired as {@code Nexus} wires them. */
    record Lifecycle(IncidentRepository repository, TimelineRepository timeline, IncidentObserver observer,
                     Declarations declarations, RoleChanges roles, SeverityChanges severities, StatusBoard status) {
    }

    IncidentFixture(String dbUrl, FakeSlack slack) {
        this(dbUrl, slack, ServiceAlarms.NONE);
    }

    /** With {@code alarms} read (on the declaring thread) once a card is posted. */
    IncidentFixture(String dbUrl, FakeSlack slack, ServiceAlarms alarms) {
        this.database = Database.open(dbUrl, clock);
        Pager pager = (incident, reason) -> {
            pages.add(incident.channelName() + ": " + reason);
            return "Paged the core-api on-call (" + reason + ").";
        };
        NexusConfig config = config();
        SlackGateway gateway = new SlackWebGateway(slack.methodsAsync());
        IncidentRepository repository = new IncidentRepository(database.jdbc(), clock);
        TimelineRepository timeline = new TimelineRepository(database.jdbc());
        IncidentRecords records = new IncidentRecords(repository, timeline,
                new CardKeeper(config, repository, gateway, timeline), clock);
        Declarations declarations = new Declarations(config, records, database.daySequence(), database.inbox(),
                gateway, new ChannelSetup(config, records, gateway, new Responders(config, gateway), pager,
                        new DeclareAlarms(alarms, records, Runnable::run)));
        this.incidents = new Lifecycle(repository, records.timeline(), records.observer(), declarations,
                new RoleChanges(records, gateway), new SeverityChanges(config, records, pager),
                new StatusBoard(config, repository));
    }

    /** Rate limits off: the fixture's client has Bolt's stats off, and with them it would not wait out a 429. */
    static FakeSlack slack() {
        return FakeSlack.start().rateLimits(false).addChannel("C0STATUS", "nexus-status")
                .addUser(ALICE, "alice", "alice@example.com").addUser(BOB, "bob", "bob@example.com")
                .addUser(RESPONDER, "resp", "resp@example.com").addUser(GROUP_MEMBER, "group", "group@example.com")
                .addUsergroup(ONCALL_GROUP, "oncall", GROUP_MEMBER);
    }

    static NexusConfig config() {
        NexusConfig defaults = NexusConfig.defaults();
        Service coreApi = new Service("core-api", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(RUNBOOK, "pod-crashlooping"));
        return new NexusConfig(defaults.channels(), defaults.severities(), Map.of("core-api", coreApi),
                Map.of("responders", new Role("responders", List.of(RESPONDER), List.of(ONCALL_GROUP))), List.of(), null);
    }

    Incident declare(String key, String severity, String title) {
        return incidents.declarations().declare(new DeclareRequest(key, severity, title, "core-api", null, ALICE));
    }

    List<String> kinds(Incident incident) {
        return incidents.timeline().list(incident.id()).stream().map(TimelineEntry::kind).toList();
    }

    @Override
    public void close() {
        database.close();
    }
}
