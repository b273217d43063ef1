package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.core.Periodic;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.ReminderClaims;
import com.nexus.chatops.incident.view.CommsMessages;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds an incident's commander (or its declarer) to post a status update when none came within the
 * severity's cadence, and again at every further cadence. Nothing is timed in memory: each tick works out the
 * latest slot due from what is stored (last update or declaration + k × cadence) and claims it in the store, so a
 * restarted or second replica neither loses nor repeats a reminder. After downtime only the latest slot fires.
 */
public final class ReminderLoop implements AutoCloseable {
    public static final String KIND = "update";
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(ReminderLoop.class);

    private final NexusConfig config;
    private final IncidentRepository incidents;
    private final ReminderClaims claims;
    private final SlackGateway slack;
    private final Clock clock;
    private final String owner;
    private final ChannelArchiver archiver;
    private Periodic loop;

    public ReminderLoop(NexusConfig config, IncidentRepository incidents, ReminderClaims claims, SlackGateway slack,
                        Clock clock) {
        this(config, incidents, claims, slack, clock, null);
    }

    /** @param archiver also run on every tick (archiving resolved incidents' channels), or null */
    public ReminderLoop(NexusConfig config, IncidentRepository incidents, ReminderClaims claims, SlackGateway slack,
                        Clock clock, ChannelArchiver archiver) {
        this.archiver = archiver;
        this.config = config;
        this.incidents = incidents;
        this.claims = claims;
        this.slack = slack;
        this.clock = clock;
        this.owner = "nexus-" + UUID.randomUUID();
    }

    /** Checks every open incident once; returns how many reminders this instance posted. */
    public int tick(Instant now) {
        int posted = 0;
        for (Incident incident : incidents.open()) {
            Integer cadence = StatusUpdates.cadence(config, incident.severity());
            if (incident.channelId() == null || cadence == null || cadence <= 0) {
                continue;
            }
            Optional<Instant> due = latestDue(incident, Duration.ofMinutes(cadence), now);
            if (due.isPresent() && claims.claim(incident.id(), KIND, due.get(), owner, now, now.plus(LEASE))
                    && remind(incident, cadence, due.get())) {
                posted++;
            }
        }
        return posted;
    }

    /** The latest base + k × cadence (k ≥ 1) not after now; empty while the first is still ahead. */
    static Optional<Instant> latestDue(Incident incident, Duration cadence, Instant now) {
        Instant base = incident.lastUpdateAt() != null ? incident.lastUpdateAt() : incident.declaredAt();
        long k = Duration.between(base, now).toMillis() / cadence.toMillis();
        return k < 1 ? Optional.empty() : Optional.of(base.plus(cadence.multipliedBy(k)));
    }

    private boolean remind(Incident incident, int cadence, Instant due) {
        String who = incident.commander() != null ? incident.commander() : incident.declaredBy();
        Optional<String> problem = SlackCalls.problem(slack.post(incident.channelId(),
                CommsMessages.reminder(who, cadence, incident.lastUpdateAt(), StatusUpdates.severityLabel(incident))),
                "post the update reminder in " + incident.channelName());
        if (problem.isPresent()) {
            // Left claimed but unfired: once the lease ends, this or another replica tries again.
            return false;
        }
        claims.fired(incident.id(), KIND, due, owner, clock.instant());
        return true;
    }

    /** Ticks every {@code every} on a daemon thread until {@link #close()}. */
    public synchronized void start(Duration every) {
        if (loop == null) {
            loop = Periodic.start("nexus-reminders", every, this::safeTick);
        }
    }

    private void safeTick() {
        try {
            tick(clock.instant());
            if (archiver != null) {
                archiver.tick(clock.instant(), owner);
            }
        } catch (RuntimeException e) {
            LOG.warn("reminder check failed; trying again next tick: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (loop != null) {
            loop.close();
            loop = null;
        }
    }
}
