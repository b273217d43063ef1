package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.incident.ChannelNames;
import com.nexus.chatops.incident.DeclareRequest;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.incident.SetupLeases;
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
import java.util.Optional;

/**
 * Declaring an incident, exactly once per declare key. The incident row is claimed first (UNIQUE declare key);
 * only the process whose insert won creates the channel and sets it up, holding the setup lease while it works,
 * so retries, double clicks and two replicas racing end with one incident and one channel. The others wait for
 * the winner's channel, and take over (once, by claiming the lease) only if the winner's lease ran out.
 * A declaration Slack or the store refused leaves nothing behind; one whose outcome is unknown (Slack did not
 * answer) is left to {@link SetupRecovery}, which finds the channel by name or creates it.
 */
public final class Declarations {
    private static final int MAX_NAMES = 50;
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Where declarations are counted and claimed. @param days draws each day's incident numbers */
    public record Claims(DaySequence days, Inbox inbox, SetupLeases leases) {}

    private final NexusConfig config;
    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final DaySequence days;
    private final Inbox inbox;
    private final SetupLeases leases;
    private final SlackGateway slack;
    private final ChannelSetup setup;
    private final Clock clock;

    public Declarations(NexusConfig config, IncidentRecords records, Claims claims, SlackGateway slack,
                        ChannelSetup setup) {
        this.config = config;
        this.incidents = records.incidents();
        this.timeline = records.timeline();
        this.clock = records.clock();
        this.days = claims.days();
        this.inbox = claims.inbox();
        this.leases = claims.leases();
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
                if (!won) {
                    return follow(stored, request);
                }
                leases.take(stored.id());
                return build(stored, request, false);
            } catch (IncidentRepository.ChannelNameTaken taken) {
                // another incident holds this number's name: draw the next number
            }
        }
        throw new NexusException("Could not find a free incident number for " + day + "; nothing was created.");
    }

    /**
     * Finishes a declaration a stopped process left half-made, once its lease is claimed: the channel is looked up
     * by name first (it may have been created just before the stop), then created if missing, then set up.
     */
    public Incident finish(Incident claimed) {
        return build(claimed, new DeclareRequest(claimed.declareKey(), claimed.severity(), claimed.title(),
                claimed.service(), null, claimed.declaredBy(), claimed.pagerdutyIncidentId()), true);
    }

    private Incident build(Incident claimed, DeclareRequest request, boolean resumed) {
        try {
            timeline.append(new TimelineEntry(claimed.id(), claimed.declaredAt(), "declared", claimed.declaredBy(),
                    IncidentTexts.declared(claimed, request.description()), "declared"));
            Incident withChannel = claimed.channelId() == null ? channel(claimed, resumed) : claimed;
            setup.run(withChannel, request, inbox.firstSeen("incident.setup", Long.toString(claimed.id())));
            return incidents.findById(claimed.id()).orElse(withChannel);
        } finally {
            leases.release(claimed.id());
        }
    }

    private Incident channel(Incident incident, boolean resumed) {
        try {
            if (resumed) {
                Optional<String> found = SlackCalls.required(Wait.DELIVERY, "look for the channel #"
                        + incident.channelName(), slack.findChannel(incident.channelName()));
                if (found.isPresent()) {
                    return incidents.modify(incident.id(), i -> i.withChannel(i.channelName(), i.seq(), found.get()));
                }
            }
            return openChannel(incident);
        } catch (ChannelCreation.Refused refused) {
            // Slack or the store said no: nothing half-made stays open
            incidents.discardUnopened(incident.id());
            throw new NexusException("Could not declare the incident: " + refused.getMessage()
                    + " Nothing was created; try again or ask a Slack admin.");
        } catch (ChannelCreation.Unanswered unanswered) {
            throw new NexusException("The incident is recorded as #" + incident.channelName() + " but "
                    + unanswered.getMessage() + " nexus will finish setting the channel up, or tell you why not.");
        }
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
            if (leases.claim(current.id())) {
                return build(current, request, true);
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

    /** Creates the channel; on name_taken (a channel made outside nexus) the incident moves to the next number. */
    private Incident openChannel(Incident incident) {
        Incident current = incident;
        for (int attempt = 0; attempt < MAX_NAMES; attempt++) {
            String name = current.channelName();
            CreatedChannel created = ChannelCreation.await(name, slack.createChannel(name));
            if (created instanceof CreatedChannel.Created c) {
                long id = current.id();
                return ChannelCreation.record(name, () -> incidents.modify(id,
                        i -> i.withChannel(i.channelName(), i.seq(), c.id())));
            }
            int seq = days.next(current.day());
            String next = ChannelNames.of(config.channels().incidentPrefix(), current.day(), seq);
            current = incidents.modify(current.id(), i -> i.withChannel(next, seq, null));
        }
        throw new ChannelCreation.Refused("Slack answered name_taken for " + MAX_NAMES
                + " incident channel names in a row.");
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
