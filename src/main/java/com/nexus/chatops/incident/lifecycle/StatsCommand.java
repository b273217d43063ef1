package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.IncidentStats;
import com.nexus.chatops.incident.view.StatsReply;
import com.nexus.chatops.slack.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** `/nexus stats [days]`: the incidents declared in the last days, by severity, with their response times. */
public final class StatsCommand {
    private final NexusConfig config;
    private final IncidentRepository incidents;
    private final Clock clock;

    public StatsCommand(NexusConfig config, IncidentRepository incidents, Clock clock) {
        this.config = config;
        this.incidents = incidents;
        this.clock = clock;
    }

    public Reply stats(Invocation inv, Command.Stats command) {
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(command.days()));
        List<Incident> declared = incidents.declaredBetween(from, to);
        return StatsReply.of(command.days(), from, IncidentStats.compute(config.severities().keySet(), declared),
                IncidentStats.total(declared));
    }
}
