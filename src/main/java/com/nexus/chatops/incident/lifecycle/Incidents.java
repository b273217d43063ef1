package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Handlers;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.store.Database;
import java.time.Clock;
import com.nexus.chatops.timeline.TimelineRepository;
import com.nexus.chatops.incident.Pager;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.IncidentObserver;

/**
 * The incident lifecycle wired once per process: repositories, the {@link CardKeeper} every change reports to
 * ({@link #observer()}), the pager hook and the services behind commands, card controls and Slack events.
 */
public record Incidents(NexusConfig config, SlackGateway slack, Clock clock, IncidentRepository repository,
                        TimelineRepository timeline, IncidentObserver observer, Pager pager, IncidentLookup lookup,
                        Declarations declarations, RoleChanges roles, SeverityChanges severities, PinRecorder pins,
                        StatusView status) {

    public static Incidents create(NexusConfig config, Database database, SlackGateway slack, Pager pager, Clock clock) {
        IncidentRepository repository = new IncidentRepository(database.jdbc(), clock);
        TimelineRepository timeline = new TimelineRepository(database.jdbc());
        IncidentObserver observer = new CardKeeper(config, repository, slack);
        IncidentSetup setup = new IncidentSetup(config, repository, timeline, slack, pager, clock);
        Declarations declarations = new Declarations(config, repository, timeline, database.daySequence(),
                database.inbox(), slack, setup, clock);
        return new Incidents(config, slack, clock, repository, timeline, observer, pager, new IncidentLookup(repository),
                declarations, new RoleChanges(repository, timeline, observer, slack, clock),
                new SeverityChanges(config, repository, timeline, observer, pager, clock),
                new PinRecorder(repository, timeline, slack, clock), new StatusView(config, repository));
    }

    /** declare, assign, severity, timeline, status. */
    public Handlers register(Handlers handlers) {
        IncidentCommands commands = new IncidentCommands(lookup, roles, severities, timeline, status, slack);
        return handlers
                .register(Command.Declare.class, new DeclareHandler(config, declarations, slack))
                .register(Command.Assign.class, commands::assign)
                .register(Command.SetSeverity.class, commands::severity)
                .register(Command.Timeline.class, commands::timeline)
                .register(Command.Status.class, commands::status);
    }
}
