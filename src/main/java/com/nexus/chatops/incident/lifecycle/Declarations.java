package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.ChannelNames;
import com.nexus.chatops.incident.DeclareRequest;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.incident.view.IncidentTexts;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway.CreatedChannel;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.store.DaySequence;
import com.nexus.chatops.store.Inbox;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Declaring an incident, exactly once per declare key. The incident row is claimed first (UNIQUE declare key);
 * only the process whose insert won creates the channel and sets it up, so retries, double clicks and two
 * replicas racing end with one incident and one channel. The others wait for the winner's channel, and take
 * over (once, through an inbox claim) only if the winner has visibly stopped half-way.
 */
public final class Declarations {
    private static final int MAX_NAMES = 50;
    static final Duration STALLED = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final NexusConfig config;
    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final DaySequence days;
    private final Inbox inbox;
    private final SlackGateway slack;
    private final ChannelSetup setup;
    private final Clock clock;

    /**
     * @param days  draws each day's incident numbers
     * @param inbox where replicas agree who takes over a stalled declaration
     */
    public Declarations(NexusConfig config, IncidentRecords records, DaySequence days, Inbox inbox,
                        SlackGateway slack, ChannelSetup setup) {
        this.config = config;
        this.incidents = records.incidents();
        this.timeline = records.timeline();
        this.clock = records.clock();
        this.days = days;
        this.inbox = inbox;
        this.slack = slack;
        this.setup = setup;
    }

    /** Returns the incident with its channel; blocks until this process's part of the setup is done. */
    public Incident declare(DeclareRequest request) {
        Incident existing = incidents.findByDeclareKey(request.declareKey()).orElse(null);
        if (existing != null) {
            return follow(existing, request);
        }
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int attempt = 0; attempt < MAX_NAMES; attempt++) {
            int seq = days.next(day);
            String name = ChannelNames.of(config.channels().incidentPrefix(), day, seq);
            try {
                Incident stored = incidents.insertOrGet(new NewIncident(request.declareKey(), day, seq, name,
                        request.title(), request.severity(), request.service(), request.declaredBy(), clock.instant(),
                        null, request.pagerdutyIncidentId()));
                boolean won = stored.day().equals(day) && stored.seq() == seq;
                return won ? build(stored, request) : follow(stored, request);
            } catch (IncidentRepository.ChannelNameTaken taken) {
                // another incident holds this number's name: draw the next number
            }
        }
        throw new NexusException("Could not find a free incident number for " + day + "; nothing was created.");
    }

    private Incident build(Incident claimed, DeclareRequest request) {
        timeline.append(new TimelineEntry(claimed.id(), claimed.declaredAt(), "declared", claimed.declaredBy(),
                IncidentTexts.declared(claimed, request.description()), "declared"));
        Incident withChannel = claimed.channelId() == null ? openChannel(claimed) : claimed;
        setup.run(withChannel, request);
        return incidents.findById(claimed.id()).orElse(withChannel);
    }

    /** Someone else claimed this declaration: wait for their channel, or finish their work if they stalled. */
    private Incident follow(Incident incident, DeclareRequest request) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Incident current = incidents.findById(incident.id()).orElseThrow();
            boolean complete = current.channelId() != null && current.cardTs() != null;
            if (complete || current.resolved()) {
                return current;
            }
            if (stalled(current) && inbox.firstSeen("incident.takeover", current.id() + "@" + current.version())) {
                return build(current, request);
            }
            if (current.channelId() != null && System.nanoTime() > deadline) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new NexusException("The channel of this incident (#" + current.channelName()
                        + ") is still being created; `/nexus status` will list it in a moment.");
            }
            sleep();
        }
    }

    private boolean stalled(Incident i) {
        return i.updatedAt() != null && i.updatedAt().plus(STALLED).isBefore(clock.instant());
    }

    /** Creates the channel; on name_taken (a channel made outside nexus) the incident moves to the next number. */
    private Incident openChannel(Incident incident) {
        Incident current = incident;
        for (int attempt = 0; attempt < MAX_NAMES; attempt++) {
            String name = current.channelName();
            CreatedChannel created = SlackCalls.required(Wait.DELIVERY, "create the channel #" + name, slack.createChannel(name));
            if (created instanceof CreatedChannel.Created c) {
                return incidents.modify(current.id(), i -> i.withChannel(i.channelName(), i.seq(), c.id()));
            }
            int seq = days.next(current.day());
            String next = ChannelNames.of(config.channels().incidentPrefix(), current.day(), seq);
            current = incidents.modify(current.id(), i -> i.withChannel(next, seq, null));
        }
        throw new NexusException("Slack answered name_taken for " + MAX_NAMES + " incident channel names in a row;"
                + " the incident is recorded without a channel.");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NexusException("Stopped while waiting for the incident channel.");
        }
    }
}
