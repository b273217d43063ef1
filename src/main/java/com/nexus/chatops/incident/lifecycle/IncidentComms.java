package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Handlers;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.statuspage.Statuspage;
import com.nexus.chatops.statuspage.StatuspageLinks;
import com.nexus.chatops.statuspage.StatuspageMirror;
import com.nexus.chatops.store.Database;
import java.time.Clock;
import com.nexus.chatops.timeline.TimelineRepository;
import com.nexus.chatops.incident.ReminderClaims;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.PagerDutyMirror;
import com.nexus.chatops.incident.IncidentObserver;

/**
 * An incident's communication, wired once: status updates (Slack + Statuspage), resolution, post-mortem
 * drafts, update reminders and the stats. Slack listeners (the card's buttons and modals) use the same parts.
 */
public record IncidentComms(IncidentRepository incidents, StatusUpdates updates, Resolutions resolutions,
                            Postmortems postmortems, ReminderLoop reminders, CommsCommands commands) {

    /** @param pagerDuty how resolutions and status updates reach the linked PagerDuty incident */
    public static IncidentComms create(NexusConfig config, Database database, SlackGateway slack,
                                       Statuspage statuspage, IncidentObserver observer, PagerDutyMirror pagerDuty,
                                       Clock clock) {
        IncidentRepository incidents = new IncidentRepository(database.jdbc(), clock);
        TimelineRepository timeline = new TimelineRepository(database.jdbc());
        StatuspageMirror mirror = new StatuspageMirror(statuspage, new StatuspageLinks(database.jdbc()));
        Postmortems postmortems = new Postmortems(timeline, slack, clock);
        Resolutions resolutions = new Resolutions(config, incidents, timeline, slack, mirror, observer, postmortems,
                pagerDuty, clock);
        StatusUpdates updates = new StatusUpdates(config, incidents, timeline, slack, mirror, observer, resolutions,
                pagerDuty, clock);
        ReminderClaims claims = new ReminderClaims(database.jdbc());
        ChannelArchiver archiver = new ChannelArchiver(config.channels(), incidents, timeline, claims, slack, clock);
        ReminderLoop reminders = new ReminderLoop(config, incidents, claims, slack, clock, archiver);
        CommsCommands commands = new CommsCommands(config, incidents, updates, resolutions, postmortems, clock);
        return new IncidentComms(incidents, updates, resolutions, postmortems, reminders, commands);
    }

    /** The severity's update cadence in minutes, or null when it has none. */
    public Integer cadence(String severity) {
        return updates.cadence(severity);
    }

    public Handlers register(Handlers handlers) {
        return handlers
                .register(Command.Update.class, commands::update)
                .register(Command.Resolve.class, commands::resolve)
                .register(Command.Postmortem.class, commands::postmortem)
                .register(Command.Stats.class, commands::stats);
    }
}
