package com.nexus.chatops.incident;

import com.nexus.chatops.command.Phase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One incident as stored. Immutable: changes go through {@link IncidentRepository#modify}, which applies them
 * with a version check so two replicas never overwrite each other's change.
 *
 * @param day        the UTC day of the channel name; with {@code seq} it forms {@code <prefix>-YYYYMMDD-NNN}
 * @param declareKey what makes two declarations "the same one" (a Slack trigger, a PagerDuty incident id)
 */
public record Incident(long id, LocalDate day, int seq, String channelName, String channelId, String title,
                       String severity, Phase status, String service, String commander, String comms,
                       String declaredBy, Instant declaredAt, Instant acknowledgedAt, Instant resolvedAt,
                       String pagerdutyIncidentId, String cardTs, String declareKey, int alertCount,
                       Instant lastUpdateAt, Instant updatedAt, int version) {

    public boolean resolved() {
        return resolvedAt != null;
    }

    public Optional<String> channel() {
        return Optional.ofNullable(channelId);
    }

    public Optional<Duration> timeToAcknowledge() {
        return Optional.ofNullable(acknowledgedAt).map(a -> Duration.between(declaredAt, a));
    }

    public Optional<Duration> timeToResolve() {
        return Optional.ofNullable(resolvedAt).map(r -> Duration.between(declaredAt, r));
    }

    public Incident withChannel(String name, int newSeq, String id) {
        return new Incident(this.id, day, newSeq, name, id, title, severity, status, service, commander, comms,
                declaredBy, declaredAt, acknowledgedAt, resolvedAt, pagerdutyIncidentId, cardTs, declareKey,
                alertCount, lastUpdateAt, updatedAt, version);
    }

    public Incident withSeverity(String newSeverity) {
        return new Incident(id, day, seq, channelName, channelId, title, newSeverity, status, service, commander,
                comms, declaredBy, declaredAt, acknowledgedAt, resolvedAt, pagerdutyIncidentId, cardTs, declareKey,
                alertCount, lastUpdateAt, updatedAt, version);
    }

    public Incident withStatus(Phase newStatus, Instant at) {
        return new Incident(id, day, seq, channelName, channelId, title, severity, newStatus, service, commander,
                comms, declaredBy, declaredAt, acknowledgedAt,
                newStatus == Phase.RESOLVED && resolvedAt == null ? at : resolvedAt,
                pagerdutyIncidentId, cardTs, declareKey, alertCount, at, updatedAt, version);
    }

    public Incident withCommander(String user) {
        return new Incident(id, day, seq, channelName, channelId, title, severity, status, service, user, comms,
                declaredBy, declaredAt, acknowledgedAt, resolvedAt, pagerdutyIncidentId, cardTs, declareKey,
                alertCount, lastUpdateAt, updatedAt, version);
    }

    public Incident withComms(String user) {
        return new Incident(id, day, seq, channelName, channelId, title, severity, status, service, commander, user,
                declaredBy, declaredAt, acknowledgedAt, resolvedAt, pagerdutyIncidentId, cardTs, declareKey,
                alertCount, lastUpdateAt, updatedAt, version);
    }

    public Incident withCardTs(String ts) {
        return new Incident(id, day, seq, channelName, channelId, title, severity, status, service, commander,
                comms, declaredBy, declaredAt, acknowledgedAt, resolvedAt, pagerdutyIncidentId, ts, declareKey,
                alertCount, lastUpdateAt, updatedAt, version);
    }

    public Incident withAcknowledged(Instant at) {
        return new Incident(id, day, seq, channelName, channelId, title, severity, status, service, commander,
                comms, declaredBy, declaredAt, acknowledgedAt == null ? at : acknowledgedAt, resolvedAt,
                pagerdutyIncidentId, cardTs, declareKey, alertCount, lastUpdateAt, updatedAt, version);
    }

    /** PagerDuty's acknowledgement timed out: the card shows it unacknowledged again. */
    public Incident withUnacknowledged() {
        return new Incident(id, day, seq, channelName, channelId, title, severity, status, service, commander,
                comms, declaredBy, declaredAt, null, resolvedAt, pagerdutyIncidentId, cardTs, declareKey, alertCount,
                lastUpdateAt, updatedAt, version);
    }

    /** Reopened (in PagerDuty): open again, investigating, the card gets its buttons back. */
    public Incident withReopened(Instant at) {
        return new Incident(id, day, seq, channelName, channelId, title, severity, Phase.INVESTIGATING, service,
                commander, comms, declaredBy, declaredAt, acknowledgedAt, null, pagerdutyIncidentId, cardTs,
                declareKey, alertCount, at, updatedAt, version);
    }

    public Incident withPagerDuty(String pdIncidentId) {
        return new Incident(id, day, seq, channelName, channelId, title, severity, status, service, commander,
                comms, declaredBy, declaredAt, acknowledgedAt, resolvedAt, pdIncidentId, cardTs, declareKey,
                alertCount, lastUpdateAt, updatedAt, version);
    }

    public Incident withAlertCount(int count) {
        return new Incident(id, day, seq, channelName, channelId, title, severity, status, service, commander,
                comms, declaredBy, declaredAt, acknowledgedAt, resolvedAt, pagerdutyIncidentId, cardTs, declareKey,
                count, lastUpdateAt, updatedAt, version);
    }
}
