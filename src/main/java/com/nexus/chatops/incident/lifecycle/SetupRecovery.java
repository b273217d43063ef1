package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.core.Periodic;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.SetupLeases;
import com.nexus.chatops.incident.view.SetupNotices;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.slack.SlackIds;
import com.nexus.chatops.store.Inbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declarations a stopped process left half-made (an incident without its channel or card, whose setup lease ran
 * out). Every sweep — at startup, then periodically, on every replica — first renews the leases of the setups
 * this process runs, then claims each lapsed one (exactly one replica wins it) and finishes it. The declarer is
 * told once that it is finished, or once why it could not be (then nexus keeps trying at each sweep, and says
 * so once more when it succeeds).
 */
public final class SetupRecovery implements AutoCloseable {
    /** Well within {@link SetupLeases#LEASE}, so a live owner's lease never lapses between two renewals. */
    public static final Duration EVERY = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(SetupRecovery.class);

    private final Declarations declarations;
    private final IncidentRepository incidents;
    private final SetupLeases leases;
    private final Inbox inbox;
    private final SlackGateway slack;
    private final String stakeholders;
    private Periodic sweeps;

    public SetupRecovery(NexusConfig config, Declarations declarations, Declarations.Claims claims,
                         IncidentRepository incidents, SlackGateway slack) {
        this.declarations = declarations;
        this.incidents = incidents;
        this.leases = claims.leases();
        this.inbox = claims.inbox();
        this.slack = slack;
        this.stakeholders = config.channels().stakeholders();
    }

    /** One sweep; returns the incidents it finished. */
    public List<Incident> run() {
        leases.renew();
        List<Incident> finished = new ArrayList<>();
        for (long id : leases.lapsed()) {
            if (leases.claim(id)) {
                incidents.findById(id).ifPresent(i -> finish(i, finished));
            }
        }
        return finished;
    }

    private void finish(Incident incident, List<Incident> finished) {
        String key = Long.toString(incident.id());
        try {
            Incident done = declarations.finish(incident);
            if (done.channelId() != null && done.cardTs() != null) {
                finished.add(done);
                LOG.info("finished the interrupted setup of #{}", done.channelName());
                if (inbox.firstSeen("incident.setup-finished", key)) {
                    tell(done, SetupNotices.finished(done));
                }
                return;
            }
            report(done, "the card could not be posted in its channel.");
        } catch (RuntimeException e) {
            report(incidents.findById(incident.id()).orElse(incident), e.getMessage());
        }
    }

    private void report(Incident incident, String reason) {
        LOG.warn("the interrupted setup of #{} could not be finished; trying again at the next sweep: {}",
                incident.channelName(), reason);
        if (inbox.firstSeen("incident.setup-reported", Long.toString(incident.id()))) {
            tell(incident, SetupNotices.unfinished(incident, reason));
        }
    }

    /** To the declarer directly; a declaration not made by a person (a page) is reported to stakeholders. */
    private void tell(Incident incident, Reply reply) {
        String to = SlackIds.isUser(incident.declaredBy()) ? incident.declaredBy() : stakeholders;
        SlackCalls.done(Wait.DELIVERY, SlackCalls.tolerant("tell about the interrupted setup",
                incident.channelName(), slack.post(to, reply)));
    }

    /** Sweeps now and every {@code every} on a daemon thread until {@link #close()}. */
    public synchronized void start(Duration every) {
        if (sweeps == null) {
            sweeps = Periodic.startNow("nexus-setup-recovery", every, this::sweep);
        }
    }

    private void sweep() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("sweeping interrupted declarations failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (sweeps != null) {
            sweeps.close();
            sweeps = null;
        }
    }
}
