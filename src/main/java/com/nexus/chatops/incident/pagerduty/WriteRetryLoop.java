package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.core.Periodic;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends PagerDuty writes that failed while PagerDuty was down, until they go through or their attempts run out;
 * either way the incident channel and timeline say so. Writes are claimed one by one, so replicas share the work.
 */
public final class WriteRetryLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WriteRetryLoop.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final PagerDutyWriteRepository writes;
    private final WriteRunner runner;
    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final SlackGateway slack;
    private final Clock clock;
    private Periodic loop;

    public WriteRetryLoop(PagerDutyWriteRepository writes, WriteRunner runner, IncidentRecords records, SlackGateway slack) {
        this.writes = writes;
        this.runner = runner;
        this.incidents = records.incidents();
        this.timeline = records.timeline();
        this.clock = records.clock();
        this.slack = slack;
    }

    public synchronized void start() {
        if (loop == null) {
            loop = Periodic.start("nexus-pagerduty-retries", runner.retries().every(), this::runQuietly);
        }
    }

    private void runQuietly() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.warn("PagerDuty retry round failed; next round in {} s", runner.retries().every().toSeconds(), e);
        }
    }

    /** One round: every due write gets one attempt. @return how many were attempted */
    public int runDue() {
        var due = writes.claimDue(LEASE, 20);
        for (PagerDutyWrite w : due) {
            WriteRunner.Outcome outcome = runner.attempt(w);
            Incident incident = incidents.findById(w.incidentId()).orElse(null);
            if (incident == null || outcome instanceof WriteRunner.Outcome.Retrying) {
                continue;
            }
            int attempts = w.attempts() + 1;
            String text = outcome instanceof WriteRunner.Outcome.Failed failed
                    ? ":x: PagerDuty was not told to " + w.kind().verb + " incident " + w.pdIncidentId() + " after "
                    + attempts + " attempts (" + failed.problem().replace("; try again in a minute.", ".")
                    + ") Do it in PagerDuty by hand."
                    : ":white_check_mark: PagerDuty caught up: the " + w.kind().name().toLowerCase(Locale.ROOT)
                    + " of incident " + w.pdIncidentId() + " went through after " + attempts + " attempts.";
            timeline.append(new TimelineEntry(incident.id(), clock.instant(), "pagerduty", null, text,
                    "pd-write-end:" + w.id()));
            if (incident.channelId() != null) {
                slack.post(incident.channelId(), Replies.say(text));
            }
        }
        return due.size();
    }

    @Override
    public synchronized void close() {
        if (loop != null) {
            loop.close();
            loop = null;
        }
    }
}
